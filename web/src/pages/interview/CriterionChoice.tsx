import { Group, Radio, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { FieldValue } from './fields';
import { criterionDomId, type KitCriterion } from './types';

interface Props {
  stageQuestionId: string;
  criterion: KitCriterion;
  value: FieldValue;
  error?: string;
  readOnly: boolean;
  onChange(value: FieldValue): void;
}

/**
 * One rubric criterion as radio cards, each level with its anchor (what the candidate did to
 * earn it), plus "Not assessed". Keys 1-9 pick the level of that value and N "not assessed"
 * while a card of this criterion has the focus; arrows move between cards (Mantine), and only
 * one card of the group is a tab stop, as in a native radio group.
 */
export function CriterionChoice({
  stageQuestionId,
  criterion,
  value,
  error,
  readOnly,
  onChange,
}: Props) {
  const id = criterionDomId(stageQuestionId, criterion.id);
  const options = [
    ...criterion.anchors.map((a) => ({
      value: String(a.level),
      title: `${a.level} · ${a.label}`,
      text: a.text,
    })),
    { value: 'NA', title: 'Not assessed', text: 'The interview did not get to this.' },
  ];
  const selected = value === null ? null : String(value);
  const tabStop = selected ?? options[0].value;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toUpperCase() === 'N' ? 'NA' : event.key;
    const option = options.find((o) => o.value === key);
    if (!option) return;
    event.preventDefault();
    onChange(option.value === 'NA' ? 'NA' : Number(option.value));
    document.getElementById(`${id}-${option.value}`)?.focus();
  };

  return (
    <div id={id} className="ik-criterion">
      <Radio.Group
        name={id}
        value={selected}
        onChange={(next) => !readOnly && onChange(next === 'NA' ? 'NA' : Number(next))}
        label={
          <>
            {criterion.title}{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              ({criterion.competency.name})
            </Text>
          </>
        }
        description={criterion.description}
        error={error}
        readOnly={readOnly}
      >
        <Stack gap={6} mt="xs" className="ik-choices">
          {options.map((o) => (
            <Radio.Card
              key={o.value}
              id={`${id}-${o.value}`}
              value={o.value}
              tabIndex={o.value === tabStop ? 0 : -1}
              onKeyDown={onKeyDown}
              disabled={readOnly && o.value !== selected}
              aria-labelledby={`${id}-${o.value}-title`}
              aria-describedby={`${id}-${o.value}-text`}
              className="ik-choice"
              p="xs"
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator size="sm" mt={2} />
                <div>
                  <Text size="sm" fw={600} id={`${id}-${o.value}-title`}>
                    {o.title}
                  </Text>
                  <Text size="xs" c="dimmed" id={`${id}-${o.value}-text`}>
                    {o.text}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
    </div>
  );
}
