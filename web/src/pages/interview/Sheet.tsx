import { Stack } from '@mantine/core';
import type { FieldValue, Fields } from './fields';
import { Overall } from './Overall';
import { QuestionBlock } from './QuestionBlock';
import type { Kit } from './types';

interface Props {
  kit: Kit;
  fields: Fields;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange(key: string, value: FieldValue): void;
}

/** The kit's questions, each beside its ratings and notes, then the overall part. */
export function Sheet(props: Props) {
  const { kit } = props;
  return (
    <Stack gap="md">
      {kit.questions.map((q, i) => (
        <QuestionBlock
          key={q.stageQuestionId}
          question={q}
          number={i + 1}
          count={kit.questions.length}
          {...props}
        />
      ))}
      <Overall {...props} />
    </Stack>
  );
}
