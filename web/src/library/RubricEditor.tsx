import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { emptyCriterion, type CriterionDraft, type Level } from './draft';
import { fieldId } from './fields';
import { at, type FieldProps } from './QuestionFields';

interface Props extends FieldProps {
  levels: readonly (Level & { description: string })[];
  competencies: readonly { id: string; name: string }[];
}

/** The rubric: criteria, each with its competency, weight and an anchor box for every level. */
export function RubricEditor({ draft, change, errors, levels, competencies }: Props) {
  const criteria = draft.criteria;
  const set = (i: number, patch: Partial<CriterionDraft>) =>
    change({ criteria: criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const move = (i: number, by: number) => {
    const next = [...criteria];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    change({ criteria: next });
  };
  return (
    <Stack gap="sm">
      <Title order={2} size="h4" id={fieldId('rubric')} tabIndex={-1}>
        Rubric
      </Title>
      <Text size="sm" c="dimmed">
        Each criterion scores one competency. Its anchors say what the candidate did to earn each
        level of your scale ({levels.map((l) => `${l.value} ${l.label}`).join(', ')}).
      </Text>
      {errors.rubric && (
        <Text size="sm" c="red.9" role="alert">
          Rubric: {errors.rubric}
        </Text>
      )}
      {criteria.map((c, i) => (
        <Fieldset key={c.key} legend={`Criterion ${i + 1}`}>
          <Stack gap="xs">
            <Group grow align="flex-start">
              <TextInput
                label="Title"
                required
                value={c.title}
                onChange={(e) => set(i, { title: e.currentTarget.value })}
                {...at(errors, `rubric[${i}].title`)}
              />
              <Select
                label="Competency"
                required
                searchable
                data={competencies.map((x) => ({ value: x.id, label: x.name }))}
                value={c.competencyId || null}
                onChange={(value) => set(i, { competencyId: value ?? '' })}
                {...at(errors, `rubric[${i}].competencyId`)}
              />
              <NumberInput
                label="Weight"
                description="Relative, 0.01 to 100"
                required
                step={0.5}
                value={c.weight}
                onChange={(value) => set(i, { weight: value === '' ? '' : Number(value) })}
                {...at(errors, `rubric[${i}].weight`)}
                maw={160}
              />
            </Group>
            <TextInput
              label="Description"
              value={c.description}
              onChange={(e) => set(i, { description: e.currentTarget.value })}
              {...at(errors, `rubric[${i}].description`)}
            />
            {errors[`rubric[${i}].anchors`] && (
              <Text size="sm" c="red.9">
                Anchors: {errors[`rubric[${i}].anchors`]}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {levels.map((level, a) => (
                <Textarea
                  key={level.value}
                  label={`${level.value} · ${level.label}`}
                  description={level.description}
                  required
                  autosize
                  minRows={2}
                  value={c.anchors[a] ?? ''}
                  onChange={(e) => {
                    const anchors = levels.map((_, k) => c.anchors[k] ?? '');
                    anchors[a] = e.currentTarget.value;
                    set(i, { anchors });
                  }}
                  {...at(errors, `rubric[${i}].anchors[${a}]`)}
                />
              ))}
            </SimpleGrid>
            <Group gap="xs">
              <Button variant="subtle" size="xs" disabled={i === 0} onClick={() => move(i, -1)}>
                Move up
              </Button>
              <Button
                variant="subtle"
                size="xs"
                disabled={i === criteria.length - 1}
                onClick={() => move(i, 1)}
              >
                Move down
              </Button>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => change({ criteria: criteria.filter((_, j) => j !== i) })}
              >
                Remove criterion {i + 1}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => change({ criteria: [...criteria, emptyCriterion(levels)] })}
      >
        Add a criterion
      </Button>
    </Stack>
  );
}
