import { Group, TextInput } from '@mantine/core';
import { formatOffset, fromWallClock, timeZone } from '../time';

export interface When {
  start: string;
  end: string;
}

/** The zone the recruiter enters times in, as a sentence: "Asia/Kolkata (UTC+05:30)". */
export function zoneLabel(at = Date.now()): string {
  return `${timeZone} (${formatOffset(at, timeZone)})`;
}

/**
 * The instants of a start and an end entered on the recruiter's wall clock, or a problem
 * beside each field the API would never be sent.
 */
export function whenToInstants(
  when: When,
): { ok: true; start: string; end: string } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const instants: Record<string, string | null> = {};
  for (const [field, wall] of [
    ['scheduledStart', when.start],
    ['scheduledEnd', when.end],
  ] as const) {
    instants[field] = fromWallClock(wall, timeZone);
    if (!wall) errors[field] = 'Enter a date and a time.';
    else if (!instants[field]) {
      errors[field] = `This time does not exist in ${timeZone}: the clocks skip it.`;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, start: instants.scheduledStart!, end: instants.scheduledEnd! };
}

/** Start and end on the recruiter's wall clock, with the zone they are read in. */
export function WhenFields(props: {
  value: When;
  onChange: (next: When) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}) {
  const zone = zoneLabel();
  return (
    <Group gap="md" align="flex-start" wrap="wrap">
      <TextInput
        type="datetime-local"
        label="Start"
        description={`Your time zone: ${zone}`}
        value={props.value.start}
        onChange={(e) => props.onChange({ ...props.value, start: e.currentTarget.value })}
        error={props.errors.scheduledStart}
        disabled={props.disabled}
        withAsterisk
        w={260}
      />
      <TextInput
        type="datetime-local"
        label="End"
        description={`Your time zone: ${zone}`}
        value={props.value.end}
        onChange={(e) => props.onChange({ ...props.value, end: e.currentTarget.value })}
        error={props.errors.scheduledEnd}
        disabled={props.disabled}
        withAsterisk
        w={260}
      />
    </Group>
  );
}
