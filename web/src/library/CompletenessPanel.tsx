import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Completeness, Issue } from './completeness';
import { focusField } from './fields';

function Issues({ issues, empty }: { issues: Issue[]; empty: string }) {
  if (!issues.length) {
    return <Text size="sm">✓ {empty}</Text>;
  }
  return (
    <List size="sm" spacing={4}>
      {issues.map((issue, i) => (
        <List.Item key={`${issue.key}-${i}`}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            onClick={() => focusField(issue.key)}
          >
            {issue.message}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

/** The completeness rule, live: what saving needs, what activating needs, and the quality bar. */
export function CompletenessPanel({ result, rated }: { result: Completeness; rated: boolean }) {
  const blocking = result.toSave.length;
  return (
    <Paper withBorder p="md" component="aside" aria-labelledby="library-completeness">
      <Stack gap="sm">
        <Title order={2} size="h4" id="library-completeness">
          Completeness
        </Title>
        <Text size="sm" aria-live="polite">
          {blocking
            ? `${blocking} thing${blocking === 1 ? '' : 's'} to fix before saving.`
            : 'Ready to save.'}
        </Text>
        <Title order={3} size="h6">
          To save
        </Title>
        <Issues issues={result.toSave} empty="Nothing missing" />
        {rated && (
          <>
            <Title order={3} size="h6">
              To activate
            </Title>
            <Issues issues={result.toActivate} empty="The rubric is complete" />
          </>
        )}
        <Title order={3} size="h6">
          Quality bar (advice)
        </Title>
        <Text size="xs" c="dimmed">
          The rules the built-in packs meet; saving does not need them.
        </Text>
        <Issues issues={result.advice} empty="Meets the bar" />
      </Stack>
    </Paper>
  );
}
