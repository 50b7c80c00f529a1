/**
 * The debrief's flags in words. The API decides which flags apply and says what it measured
 * (`message`); this adds what the flag means for the conversation, and whom it names.
 */
export interface FlagInput {
  code: string;
  message: string;
  competencyId?: string | null;
  scorecardId?: string | null;
}

export interface FlagText {
  title: string;
  explanation: string;
}

export function explainFlag(
  flag: FlagInput,
  names: {
    competency: (id: string) => string | undefined;
    author: (id: string) => string | undefined;
  },
): FlagText {
  switch (flag.code) {
    case 'COMPETENCY_SPREAD': {
      const competency =
        (flag.competencyId && names.competency(flag.competencyId)) || 'a competency';
      return {
        title: `Interviewers disagree on ${competency}`,
        explanation: `${flag.message} Scores two levels or more apart usually mean the interviewers saw different evidence or read the rubric differently: ask each to give the evidence behind their score.`,
      };
    }
    case 'SPLIT_RECOMMENDATION':
      return {
        title: 'Split recommendation',
        explanation: `${flag.message} The panel sits on both sides of the hiring line: decide on the evidence, not on the count.`,
      };
    case 'AMENDED_AFTER_REVEAL': {
      const author = (flag.scorecardId && names.author(flag.scorecardId)) || 'An interviewer';
      return {
        title: `${author} changed their scorecard after reading the others`,
        explanation: `${flag.message} The change may not be independent: read the reason given for it.`,
      };
    }
    default:
      return { title: flag.code, explanation: flag.message };
  }
}
