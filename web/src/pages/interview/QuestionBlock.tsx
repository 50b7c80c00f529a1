import { Badge, Grid, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { CriterionChoice } from './CriterionChoice';
import { Expectations } from './Expectations';
import { notesKey, ratingKey, valueOf, type FieldValue, type Fields } from './fields';
import { StarNotes } from './StarNotes';
import { questionDomId, type Kit, type KitQuestion } from './types';

/** Questions answered as a STAR story take STAR notes (the API's rule). */
export const takesStarNotes = (q: KitQuestion) =>
  q.answerFormat === 'STAR' || q.type === 'BEHAVIORAL';

const FORMATS: Record<string, string> = {
  STAR: 'STAR story',
  FREE_FORM: 'Free form',
  WHITEBOARD: 'Whiteboard',
  CODE: 'Code',
  DISCUSSION: 'Discussion',
};

interface Props {
  kit: Kit;
  question: KitQuestion;
  number: number;
  count: number;
  fields: Fields;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange(key: string, value: FieldValue): void;
}

function Points({ title, items, color }: { title: string; items: string[]; color?: string }) {
  if (!items.length) return null;
  return (
    <div>
      <Text fw={600} size="sm" c={color}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** One question: the kit (left, or above on a narrow screen) beside its scorecard part. */
export function QuestionBlock({
  kit,
  question: q,
  number,
  count,
  fields,
  errors,
  readOnly,
  onChange,
}: Props) {
  const headingId = `${questionDomId(q.stageQuestionId)}-title`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      id={questionDomId(q.stageQuestionId)}
      className="ik-question"
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }} className="ik-kit">
          <Stack gap="sm">
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Title order={2} size="h4" id={headingId}>
                Question {number} of {count}
              </Title>
              <Group gap={6}>
                <Badge variant="light" color="gray">
                  {q.timeBudgetMinutes} min
                </Badge>
                <Badge variant="light" color="gray">
                  {FORMATS[q.answerFormat] ?? q.answerFormat}
                </Badge>
                {!q.rated ? (
                  <Badge variant="outline" color="gray">
                    Not rated
                  </Badge>
                ) : q.required ? (
                  <Badge variant="light">Required</Badge>
                ) : (
                  <Badge variant="outline" color="gray">
                    Optional
                  </Badge>
                )}
              </Group>
            </Group>
            <Text size="lg" fw={500} className="ik-prompt">
              {q.prompt}
            </Text>
            <div>
              <Text fw={600} size="sm">
                What it assesses
              </Text>
              <Text size="sm">{q.purpose}</Text>
            </div>
            <div>
              <Text fw={600} size="sm">
                Guidance
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {q.guidance}
              </Text>
            </div>
            <Points title="Follow-ups" items={q.followUps} />
            <Points title="Strong signals" items={q.strongSignals} color="#1e6b30" />
            <Points title="Red flags" items={q.redFlags} color="#a51d1d" />
            <Expectations kit={kit} question={q} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} className="ik-sheet">
          <Stack gap="md">
            {q.criteria.map((c) => {
              const key = ratingKey(q.stageQuestionId, c.id);
              return (
                <CriterionChoice
                  key={c.id}
                  stageQuestionId={q.stageQuestionId}
                  criterion={c}
                  value={valueOf(fields, key)}
                  error={errors[key]}
                  readOnly={readOnly}
                  onChange={(value) => onChange(key, value)}
                />
              );
            })}
            {!q.rated && (
              <Text size="sm">
                The candidate asks, you answer: this prepares you and is not rated. Note what they
                asked if it helps the team.
              </Text>
            )}
            {takesStarNotes(q) && (
              <StarNotes
                stageQuestionId={q.stageQuestionId}
                number={number}
                fields={fields}
                errors={errors}
                readOnly={readOnly}
                onChange={onChange}
              />
            )}
            <Textarea
              id={`notes-${q.stageQuestionId}`}
              label={`Notes on question ${number}`}
              description="What the candidate said and did; evidence for your ratings."
              autosize
              minRows={4}
              maxLength={20000}
              value={String(valueOf(fields, notesKey(q.stageQuestionId)))}
              error={errors[notesKey(q.stageQuestionId)]}
              readOnly={readOnly}
              onChange={(e) => onChange(notesKey(q.stageQuestionId), e.currentTarget.value)}
              className="ik-notes"
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
