import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { Draft, Level } from './draft';
import { newKey } from './draft';
import { fieldId } from './fields';
import { FORMATS, label, options, SENIORITIES, TYPES } from './labels';
import type { FlatCategory } from './taxonomy';

export interface FieldProps {
  draft: Draft;
  change: (patch: Partial<Draft>) => void;
  /** Messages by field key: the API's, and the completeness rule's once a save was tried. */
  errors: Record<string, string>;
}

/** A field's id and error by its key. */
export const at = (errors: Record<string, string>, key: string) => ({
  id: fieldId(key),
  error: errors[key],
});

/** Category, type, seniority, tags and time: the question's metadata. */
export function MetadataFields({
  draft,
  change,
  errors,
  categories,
}: FieldProps & { categories: FlatCategory[] }) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        About the question
      </Title>
      <Group grow align="flex-start">
        <Select
          label="Category"
          required
          searchable
          data={categories
            .filter((c) => !c.archived || c.id === draft.categoryId)
            .map((c) => ({ value: c.id, label: c.path }))}
          value={draft.categoryId || null}
          onChange={(value) => change({ categoryId: value ?? '' })}
          {...at(errors, 'categoryId')}
        />
        <Select
          label="Type"
          required
          data={options(TYPES)}
          value={draft.type}
          onChange={(value) => value && change({ type: value })}
          allowDeselect={false}
          {...at(errors, 'type')}
        />
      </Group>
      <Checkbox.Group
        label="Seniority"
        description="The levels this question suits"
        withAsterisk
        value={draft.seniority}
        onChange={(seniority) =>
          change({ seniority: Object.keys(SENIORITIES).filter((s) => seniority.includes(s)) })
        }
        error={errors.seniority}
      >
        <Group gap="md" mt={4}>
          {Object.entries(SENIORITIES).map(([value, name], i) => (
            <Checkbox
              key={value}
              value={value}
              label={name}
              id={i === 0 ? fieldId('seniority') : undefined}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow align="flex-start">
        <TagsInput
          label="Tags"
          description="Lowercase words joined by dashes; Enter after each"
          value={draft.tags}
          onChange={(tags) => change({ tags })}
          {...at(errors, 'tags')}
        />
        <NumberInput
          label="Minutes it takes"
          required
          min={1}
          max={180}
          allowDecimal={false}
          value={draft.estimatedMinutes}
          onChange={(value) => change({ estimatedMinutes: value === '' ? '' : Number(value) })}
          {...at(errors, 'estimatedMinutes')}
        />
      </Group>
    </Stack>
  );
}

const lineList = (
  key: 'followUps' | 'strongSignals' | 'redFlags',
  title: string,
  { draft, change, errors }: FieldProps,
) => (
  <Textarea
    label={title}
    description="One per line"
    autosize
    minRows={2}
    value={draft[key]}
    onChange={(e) => change({ [key]: e.currentTarget.value })}
    {...at(errors, key)}
  />
);

/** What the interviewer reads: prompt, purpose, guidance, format, follow-ups and signals. */
export function ContentFields(props: FieldProps) {
  const { draft, change, errors } = props;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Content
      </Title>
      <Textarea
        label="Prompt"
        description="The question as the interviewer asks it"
        required
        autosize
        minRows={2}
        value={draft.prompt}
        onChange={(e) => change({ prompt: e.currentTarget.value })}
        {...at(errors, 'prompt')}
      />
      <Textarea
        label="What it assesses"
        description="And why it is asked"
        required
        autosize
        minRows={2}
        value={draft.purpose}
        onChange={(e) => change({ purpose: e.currentTarget.value })}
        {...at(errors, 'purpose')}
      />
      <Textarea
        label="Guidance"
        description="How to run the question and what to listen for"
        autosize
        minRows={3}
        value={draft.guidance}
        onChange={(e) => change({ guidance: e.currentTarget.value })}
        {...at(errors, 'guidance')}
      />
      <Select
        label="Answer format"
        data={options(FORMATS)}
        value={draft.answerFormat}
        onChange={(value) => value && change({ answerFormat: value })}
        allowDeselect={false}
        maw={240}
        {...at(errors, 'answerFormat')}
      />
      {lineList('followUps', 'Follow-ups', props)}
      <Group grow align="flex-start">
        {lineList('strongSignals', 'Strong signals', props)}
        {lineList('redFlags', 'Red flags', props)}
      </Group>
    </Stack>
  );
}

/** Per seniority tagged, what a "Yes" looks like; and worked example answers at a score. */
export function CalibrationFields({
  draft,
  change,
  errors,
  levels,
}: FieldProps & { levels: readonly Level[] }) {
  const examples = draft.exampleAnswers;
  const setExample = (i: number, patch: Partial<Draft['exampleAnswers'][number]>) =>
    change({ exampleAnswers: examples.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Level expectations and examples
      </Title>
      {draft.seniority.length === 0 && (
        <TextInput
          label="Level expectations"
          disabled
          value=""
          placeholder="Tag a seniority above first"
          {...at(errors, 'levelExpectations')}
        />
      )}
      {draft.seniority.map((s) => (
        <Textarea
          key={s}
          label={`${label(SENIORITIES, s)}: what a “Yes” looks like`}
          autosize
          minRows={2}
          value={draft.levelExpectations[s] ?? ''}
          onChange={(e) =>
            change({
              levelExpectations: { ...draft.levelExpectations, [s]: e.currentTarget.value },
            })
          }
          id={fieldId(draft.seniority[0] === s ? 'levelExpectations' : `levelExpectations.${s}`)}
          error={
            errors[`levelExpectations.${s}`] ??
            (draft.seniority[0] === s ? errors.levelExpectations : undefined)
          }
        />
      ))}
      {examples.map((e, i) => (
        <Group
          key={e.key}
          align="flex-start"
          wrap="nowrap"
          role="group"
          aria-label={`Example answer ${i + 1}`}
        >
          <Select
            label="Score"
            data={levels.map((l) => ({ value: String(l.value), label: `${l.value} · ${l.label}` }))}
            value={e.score === null ? null : String(e.score)}
            onChange={(value) => setExample(i, { score: value === null ? null : Number(value) })}
            w={160}
            {...at(errors, `exampleAnswers[${i}].score`)}
          />
          <Textarea
            label={`Example answer ${i + 1}`}
            autosize
            minRows={2}
            style={{ flex: 1 }}
            value={e.answer}
            onChange={(event) => setExample(i, { answer: event.currentTarget.value })}
            {...at(errors, `exampleAnswers[${i}].answer`)}
          />
          <Button
            variant="subtle"
            color="red"
            mt={24}
            onClick={() => change({ exampleAnswers: examples.filter((_, j) => j !== i) })}
            aria-label={`Remove example answer ${i + 1}`}
          >
            Remove
          </Button>
        </Group>
      ))}
      <Button
        variant="default"
        w="fit-content"
        id={fieldId('exampleAnswers')}
        onClick={() =>
          change({ exampleAnswers: [...examples, { key: newKey(), score: null, answer: '' }] })
        }
      >
        Add an example answer
      </Button>
      {errors.exampleAnswers && (
        <Text size="sm" c="red.9">
          Example answers: {errors.exampleAnswers}
        </Text>
      )}
    </Stack>
  );
}
