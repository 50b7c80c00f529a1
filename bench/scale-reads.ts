/** The reads bench:scale and bench:scale-cpu measure: query, whose token, variables. */
import type { ScaleTenant } from './scale-data.js';

const RUBRIC = `currentVersion { prompt rubric { criteria { title weight competency { name }
  anchors { level label text } } } }`;
const CARD = `id status recommendation summary amendedAfterReveal revision
  ratings { stageQuestionId criterionId score notAssessed } competencyRatings { score }`;
const KIT = `query($stage: ID!) { interviewKit(stageId: $stage) { stageName scale { levels { value label } }
  questions { position prompt guidance followUps criteria { title weight competency { name } anchors { level label text } } } } }`;
const DEBRIEF = `query($candidate: ID!) { candidateDebrief(candidateId: $candidate) {
  scorecards { id recommendation ratings { score } revisions { edges { node { number } } } }
  competencies { mean min max count spread disagreement } recommendations { yes no }
  flags { code } missing { scorecardId } } }`;

/** Each read: its query, whose token runs it, and its variables for a tenant. */
export const READS: {
  name: string;
  query: string;
  role: 'ADMIN' | 'INTERVIEWER';
  vars?: (t: ScaleTenant) => object;
}[] = [
  {
    name: 'search "index", first 20, rubric',
    query: `{ questions(search: "index", first: 20) { edges { rank highlight node { id ${RUBRIC} } } } }`,
    role: 'ADMIN',
  },
  {
    name: 'questions, first 50, rubric',
    query: `{ questions(first: 50) { edges { node { id ${RUBRIC} } } } }`,
    role: 'ADMIN',
  },
  {
    name: 'scorecards, first 100',
    query: `{ scorecards(first: 100) { edges { node { ${CARD} } } } }`,
    role: 'ADMIN',
  },
  {
    name: 'scorecards sync -30 days, first 100',
    query: `query($since: DateTime!) { scorecards(updatedSince: $since, first: 100) { edges { node { ${CARD} } } } }`,
    role: 'ADMIN',
    vars: () => ({ since: new Date(Date.now() - 30 * 86400_000).toISOString() }),
  },
  { name: 'interviewKit', query: KIT, role: 'INTERVIEWER', vars: (t) => ({ stage: t.stageId }) },
  {
    name: 'candidateDebrief',
    query: DEBRIEF,
    role: 'ADMIN',
    vars: (t) => ({ candidate: t.candidateId }),
  },
];
