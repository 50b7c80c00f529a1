import { Fieldset, SimpleGrid, Textarea } from '@mantine/core';
import {
  STAR_PARTS,
  starKey,
  valueOf,
  type FieldValue,
  type Fields,
  type StarPart,
} from './fields';

const PARTS: Record<StarPart, { label: string; hint: string }> = {
  situation: { label: 'Situation', hint: 'The context they were in.' },
  task: { label: 'Task', hint: 'What they were responsible for.' },
  action: { label: 'Action', hint: 'What they did themselves, not the team.' },
  result: { label: 'Result', hint: 'The outcome, measured if they could, and what they learned.' },
};

interface Props {
  stageQuestionId: string;
  number: number;
  fields: Fields;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange(key: string, value: FieldValue): void;
}

/**
 * Optional STAR notes on a behavioural answer, one box per part; saved with the draft like
 * every other field. A read-only scorecard shows only the parts that were written.
 */
export function StarNotes({ stageQuestionId, number, fields, errors, readOnly, onChange }: Props) {
  const parts = STAR_PARTS.filter(
    (part) => !readOnly || String(valueOf(fields, starKey(stageQuestionId, part))).trim(),
  );
  if (!parts.length) return null;
  return (
    <Fieldset
      legend={`STAR notes on question ${number} (optional)`}
      variant="unstyled"
      className="ik-star"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {parts.map((part) => {
          const key = starKey(stageQuestionId, part);
          return (
            <Textarea
              key={part}
              id={`star-${stageQuestionId}-${part}`}
              label={PARTS[part].label}
              description={PARTS[part].hint}
              autosize
              minRows={2}
              maxLength={5000}
              value={String(valueOf(fields, key))}
              error={errors[key]}
              readOnly={readOnly}
              onChange={(e) => onChange(key, e.currentTarget.value)}
            />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
