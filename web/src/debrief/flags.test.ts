import { describe as suite, expect, it } from 'vitest';
import { explainFlag } from './flags';

const names = {
  competency: (id: string) => ({ c1: 'Data modelling' })[id],
  author: (id: string) => ({ s1: 'Ivan Interviewer' })[id],
};

suite('explainFlag', () => {
  it('names the competency and the author the flag points at, and keeps the API message', () => {
    const spread = explainFlag(
      { code: 'COMPETENCY_SPREAD', message: 'Scores range from 1 to 4.', competencyId: 'c1' },
      names,
    );
    expect(spread.title).toBe('Interviewers disagree on Data modelling');
    expect(spread.explanation).toMatch(/^Scores range from 1 to 4\. /);
    const amended = explainFlag(
      { code: 'AMENDED_AFTER_REVEAL', message: 'Amended late.', scorecardId: 's1' },
      names,
    );
    expect(amended.title).toBe('Ivan Interviewer changed their scorecard after reading the others');
    expect(explainFlag({ code: 'SPLIT_RECOMMENDATION', message: '2 and 1.' }, names).title).toBe(
      'Split recommendation',
    );
  });

  it('shows a flag it does not know by its code and the API message, never nothing', () => {
    expect(explainFlag({ code: 'NEW_FLAG', message: 'Something new.' }, names)).toEqual({
      title: 'NEW_FLAG',
      explanation: 'Something new.',
    });
  });
});
