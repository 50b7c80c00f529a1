// The shape of a built-in question pack on disk, mirroring packs/pack.schema.json and
// packs/question-file.schema.json. Keep them in step: the loader only casts JSON to these
// types after ajv has checked it against those schemas.

export type PackQuestionType =
  | 'BEHAVIORAL'
  | 'TECHNICAL'
  | 'SYSTEM_DESIGN'
  | 'CODING'
  | 'DEBUGGING'
  | 'SITUATIONAL'
  | 'MOTIVATION'
  | 'CANDIDATE_QUESTION';

export type PackSeniority = 'JUNIOR' | 'MID' | 'SENIOR' | 'STAFF';

export type PackAnswerFormat = 'STAR' | 'FREE_FORM' | 'WHITEBOARD' | 'CODE' | 'DISCUSSION';

/** One level of the pack's rating scale; `value` runs 1..n in ascending order. */
export interface PackScaleLevel {
  value: number;
  label: string;
  description: string;
}

export interface PackCategory {
  slug: string;
  name: string;
  description: string;
  /** Slug of the parent category; null for a top-level category. */
  parent: string | null;
}

export interface PackCompetency {
  key: string;
  name: string;
  description: string;
}

export interface PackManifest {
  /** Stable machine name; matches the pack's folder name. */
  name: string;
  /** Semantic version of the pack content. */
  version: string;
  title: string;
  description: string;
  ratingScale: PackScaleLevel[];
  categories: PackCategory[];
  competencies: PackCompetency[];
  /** Relative to the manifest, each named after a top-level category: `questions/<slug>.json`. */
  questionFiles: string[];
  /** Becomes the tenant's scoring guide on import. */
  scoringGuide: { combination: string; veto: string; notAssessed: string; debrief: string };
  /** One definition per seniority level, junior first. */
  seniorityLevels: { seniority: PackSeniority; title: string; definition: string }[];
  /** Shown in every kit: structured practice, bias, off-limits topics, note taking. */
  interviewerGuidance: { key: string; title: string; points: string[] }[];
  /** Created as loop templates on import, once each (identified by key). */
  loopTemplates: PackLoopTemplate[];
}

export type PackStageKind =
  'SCREEN' | 'TECHNICAL' | 'SYSTEM_DESIGN' | 'CODING' | 'BEHAVIORAL' | 'CULTURE' | 'DEBRIEF';

export interface PackLoopTemplate {
  key: string;
  name: string;
  roleTitle: string;
  seniority: PackSeniority;
  description: string;
  stages: {
    name: string;
    kind: PackStageKind;
    durationMinutes: number;
    /** Competency keys. */
    focusCompetencies: string[];
    instructions: string;
    /** Question keys; each is budgeted its estimatedMinutes. */
    questions: string[];
  }[];
}

export interface PackCriterion {
  title: string;
  description: string;
  /** Key of a competency declared in the manifest. */
  competency: string;
  weight: number;
  /** One per rating-scale level, in the scale's order. */
  anchors: string[];
}

export interface PackQuestion {
  /** The importer's identity for the question, unique across the pack. */
  key: string;
  /** Slug of a category in the subtree of the top-level category the file is named after. */
  category: string;
  type: PackQuestionType;
  seniority: PackSeniority[];
  tags: string[];
  estimatedMinutes: number;
  prompt: string;
  purpose: string;
  guidance: string;
  answerFormat: PackAnswerFormat;
  followUps: string[];
  strongSignals: string[];
  redFlags: string[];
  /** For each seniority tag (required with more than one), what a 3 (Yes) looks like. */
  levelExpectations?: { seniority: PackSeniority; expectation: string }[];
  /** Worked examples: what an answer at a score sounds like. */
  exampleAnswers?: { score: number; answer: string }[];
  /** Absent exactly for CANDIDATE_QUESTION, which is interviewer preparation, never rated. */
  rubric?: { criteria: PackCriterion[] };
}

/** The content of one question file. */
export interface PackQuestionFile {
  questions: PackQuestion[];
}

export interface LoadedPack {
  manifest: PackManifest;
  /** Every question of the pack, in `questionFiles` order and file order. */
  questions: PackQuestion[];
  /** Absolute path of the pack folder. */
  dir: string;
}
