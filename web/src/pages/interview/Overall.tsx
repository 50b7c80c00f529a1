import { Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { competencyKey, valueOf, type FieldValue, type Fields } from './fields';
import { RECOMMENDATIONS, type Kit } from './types';

interface Props {
  kit: Kit;
  fields: Fields;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange(key: string, value: FieldValue): void;
}

function Card({
  value,
  title,
  text,
  idBase,
}: {
  value: string;
  title: string;
  text?: string;
  idBase: string;
}) {
  return (
    <Radio.Card
      value={value}
      p="xs"
      className="ik-choice"
      aria-labelledby={`${idBase}-${value}-title`}
      {...(text ? { 'aria-describedby': `${idBase}-${value}-text` } : {})}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator size="sm" mt={2} />
        <div>
          <Text size="sm" fw={600} id={`${idBase}-${value}-title`}>
            {title}
          </Text>
          {text && (
            <Text size="xs" c="dimmed" id={`${idBase}-${value}-text`}>
              {text}
            </Text>
          )}
        </div>
      </Group>
    </Radio.Card>
  );
}

/** The stage's focus competencies, the overall recommendation and the summary. */
export function Overall({ kit, fields, errors, readOnly, onChange }: Props) {
  const levels = kit.scale.levels;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="overall-title"
      className="ik-overall"
    >
      <Stack gap="lg">
        <Title order={2} size="h4" id="overall-title">
          Overall
        </Title>
        {kit.focusCompetencies.map((c) => {
          const key = competencyKey(c.id);
          const value = valueOf(fields, key);
          return (
            <Radio.Group
              key={c.id}
              id={`competency-${c.id}`}
              name={`competency-${c.id}`}
              label={`Competency: ${c.name}`}
              description={c.description}
              value={value === null ? '' : String(value)}
              onChange={(next) => !readOnly && onChange(key, next ? Number(next) : null)}
              error={errors[key]}
              readOnly={readOnly}
            >
              <SimpleGrid cols={{ base: 1, sm: 2, lg: levels.length + 1 }} spacing={6} mt="xs">
                {levels.map((l) => (
                  <Card
                    key={l.value}
                    idBase={`competency-${c.id}`}
                    value={String(l.value)}
                    title={`${l.value} · ${l.label}`}
                    text={l.description}
                  />
                ))}
                <Card idBase={`competency-${c.id}`} value="" title="No rating" />
              </SimpleGrid>
            </Radio.Group>
          );
        })}
        <div id="recommendation">
          <Radio.Group
            name="recommendation"
            label="Overall recommendation"
            description="Required to submit."
            value={String(valueOf(fields, 'recommendation') ?? '')}
            onChange={(next) => !readOnly && onChange('recommendation', next || null)}
            error={errors.recommendation}
            readOnly={readOnly}
          >
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} mt="xs">
              {RECOMMENDATIONS.map((r) => (
                <Card key={r.value} idBase="recommendation" value={r.value} title={r.label} />
              ))}
            </SimpleGrid>
          </Radio.Group>
        </div>
        <Textarea
          id="summary"
          label="Summary"
          description="The case for your recommendation, for the debrief."
          autosize
          minRows={4}
          maxLength={20000}
          value={String(valueOf(fields, 'summary'))}
          error={errors.summary}
          readOnly={readOnly}
          onChange={(e) => onChange('summary', e.currentTarget.value)}
          className="ik-notes"
        />
      </Stack>
    </Paper>
  );
}
