import { describe, expect, it } from 'vitest';
import { fieldOfPath, fromScorecard, placeErrors, ratingKey, starKey, toPatch } from './fields';

const card = {
  recommendation: 'YES' as const,
  summary: 'Solid.',
  ratings: [
    { stageQuestionId: 'q1', criterionId: 'c1', score: 3, notAssessed: false },
    { stageQuestionId: 'q1', criterionId: 'c2', score: null, notAssessed: true },
  ],
  notes: [{ stageQuestionId: 'q1', notes: 'Indexes' }],
  competencyRatings: [{ score: 2, competency: { id: 'k1' } }],
};

describe('fields', () => {
  it('flattens a scorecard into one field per answer', () => {
    expect(fromScorecard(card)).toEqual({
      recommendation: 'YES',
      summary: 'Solid.',
      'rating:q1:c1': 3,
      'rating:q1:c2': 'NA',
      'notes:q1': 'Indexes',
      'competency:k1': 2,
    });
  });

  it('patches only what changed, clearing with null or an empty rating', () => {
    const base = fromScorecard(card);
    const next = {
      ...base,
      'rating:q1:c1': null,
      'rating:q1:c2': 4,
      'rating:q2:c3': 'NA',
      'notes:q1': '',
      'competency:k1': null,
      recommendation: null,
    };
    expect(toPatch(base, next)).toEqual({
      ratings: [
        { stageQuestionId: 'q1', criterionId: 'c1' },
        { stageQuestionId: 'q1', criterionId: 'c2', score: 4 },
        { stageQuestionId: 'q2', criterionId: 'c3', notAssessed: true },
      ],
      notes: [{ stageQuestionId: 'q1', notes: '' }],
      competencyRatings: [{ competencyId: 'k1', score: null }],
      recommendation: null,
    });
    expect(toPatch(base, { ...base })).toEqual({});
    // An absent text field equals an empty one: nothing to send.
    expect(toPatch({}, { 'notes:q9': '' })).toEqual({});
  });

  it('places input paths and submit gaps on the fields they name', () => {
    const patch = toPatch({}, { 'rating:q1:c1': 9, 'notes:q2': 'x', 'competency:k1': 7 });
    expect(fieldOfPath('input.ratings[0].score', patch)).toBe(ratingKey('q1', 'c1'));
    expect(fieldOfPath('input.notes[0].stageQuestionId', patch)).toBe('notes:q2');
    expect(fieldOfPath('input.competencyRatings[0].score', patch)).toBe('competency:k1');
    expect(fieldOfPath('ratings.q7.c8', patch)).toBe('rating:q7:c8');
    expect(fieldOfPath('recommendation', patch)).toBe('recommendation');
    expect(fieldOfPath('input.summary', patch)).toBe('summary');
    expect(fieldOfPath('input.ratings[5].score', patch)).toBe('');
    expect(
      placeErrors(
        {
          'ratings[0].score': 'must be one of 1, 2, 3, 4',
          summary: 'summary must be shorter',
          'ratings[5]': 'odd',
          '': 'Invalid input',
        },
        patch,
      ),
    ).toEqual({
      'rating:q1:c1': 'must be one of 1, 2, 3, 4',
      summary: 'summary must be shorter',
      '': 'ratings[5]: odd Invalid input',
    });
  });

  it("keeps STAR parts as fields of their own and sends a question's note fields in one entry", () => {
    const withStar = fromScorecard({
      ...card,
      notes: [
        {
          stageQuestionId: 'q1',
          notes: 'Indexes',
          star: { situation: 'Peak season', task: '', action: 'Split it', result: '' },
        },
      ],
    });
    expect(withStar).toMatchObject({
      'notes:q1': 'Indexes',
      [starKey('q1', 'situation')]: 'Peak season',
      [starKey('q1', 'action')]: 'Split it',
    });
    expect(Object.keys(withStar)).not.toContain(starKey('q1', 'task'));
    // Only the text changed: the STAR parts are not sent (the API keeps them).
    expect(toPatch(withStar, { ...withStar, 'notes:q1': 'Indexes, more' })).toEqual({
      notes: [{ stageQuestionId: 'q1', notes: 'Indexes, more' }],
    });
    // One part changed: all four parts go, as this page has them, and the text stays out.
    expect(toPatch(withStar, { ...withStar, [starKey('q1', 'result')]: 'No downtime' })).toEqual({
      notes: [
        {
          stageQuestionId: 'q1',
          star: { situation: 'Peak season', task: '', action: 'Split it', result: 'No downtime' },
        },
      ],
    });
    // Text and a part changed: one entry. Every part emptied: star null clears them.
    expect(
      toPatch(withStar, {
        ...withStar,
        'notes:q1': '',
        [starKey('q1', 'situation')]: '',
        [starKey('q1', 'action')]: ' ',
      }),
    ).toEqual({ notes: [{ stageQuestionId: 'q1', notes: '', star: null }] });
    const patch = toPatch({}, { [starKey('q2', 'task')]: 'x' });
    expect(fieldOfPath('input.notes[0].star.task', patch)).toBe(starKey('q2', 'task'));
    expect(fieldOfPath('input.notes[0].star', patch)).toBe(starKey('q2', 'situation'));
    expect(fieldOfPath('input.notes[0].notes', patch)).toBe('notes:q2');
  });
});
