import { Alert, Badge, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { CoveragePanel } from './CoveragePanel';
import { competenciesOf } from './PinRow';
import { timeText } from './StageCard';
import { useCopyLoop } from './useCopyLoop';
import { sortFindings } from './coverage';
import { KIND_LABEL, STATUS_LABEL } from './labels';
import type { Finding, Loop } from './types';

/** A published or archived loop: read only, with "Clone to edit" (and "Use template"). */
export function ReadOnlyLoop({ loop, warnings }: { loop: Loop; warnings: Finding[] | null }) {
  const { copy, problem, busy } = useCopyLoop(loop.id);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={1}>{loop.name}</Title>
            <Badge variant="light" color={loop.status === 'PUBLISHED' ? 'green' : 'gray'} c="black">
              {STATUS_LABEL[loop.status]}
            </Badge>
            {loop.isTemplate && (
              <Badge variant="light" color="grape">
                Template
              </Badge>
            )}
          </Group>
          <Text c="dimmed">
            {loop.roleTitle}
            {loop.atsJobId ? ` · ATS job ${loop.atsJobId}` : ''}
            {loop.hiringManagers.length
              ? ` · Hiring managers: ${loop.hiringManagers.map((u) => u.displayName).join(', ')}`
              : ''}
          </Text>
        </div>
        <Group gap="sm">
          {loop.isTemplate && (
            <Button variant="default" onClick={() => void copy(true)} loading={busy}>
              New loop from this template
            </Button>
          )}
          <Button onClick={() => void copy(false)} loading={busy}>
            Clone to edit
          </Button>
        </Group>
      </Group>
      <Alert color="blue" variant="light">
        {loop.status === 'PUBLISHED'
          ? 'This loop is published: interviews use it as it is, so it cannot change. Clone it to make a new draft.'
          : 'This loop is archived. Clone it to make a new draft.'}
      </Alert>
      {warnings && (
        <Alert color="indigo" title="Published" role="status">
          {warnings.length ? (
            <List size="sm">
              {warnings.map((w, i) => (
                <List.Item key={i}>Warning: {w.message}</List.Item>
              ))}
            </List>
          ) : (
            'Published with no warnings.'
          )}
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {loop.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{loop.description}</Text>}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Title order={2}>Stages</Title>
            {loop.stages.map((stage, i) => (
              <Paper
                key={stage.id}
                withBorder
                p="md"
                component="section"
                aria-labelledby={`ro-${stage.id}`}
              >
                <Stack gap="xs">
                  <Group gap="xs">
                    <Title order={3} size="h4" id={`ro-${stage.id}`}>
                      {i + 1}. {stage.name}
                    </Title>
                    <Badge variant="light" color="gray" c="gray.8">
                      {KIND_LABEL[stage.kind]}
                    </Badge>
                  </Group>
                  <Text size="sm">{timeText(stage)}</Text>
                  {stage.focusCompetencies.length > 0 && (
                    <Text size="sm">
                      Focus: {stage.focusCompetencies.map((c) => c.name).join(', ')}
                    </Text>
                  )}
                  {stage.instructions && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {stage.instructions}
                    </Text>
                  )}
                  <List type="ordered" size="sm" spacing={4}>
                    {stage.questions.map((pin) => (
                      <List.Item key={pin.id}>
                        {pin.questionVersion.prompt}{' '}
                        <Text span size="xs" c="dimmed">
                          (version {pin.questionVersion.number}, {pin.timeBudgetMinutes} min
                          {pin.required ? ', required' : ', optional'}
                          {competenciesOf(pin.questionVersion).length
                            ? `; ${competenciesOf(pin.questionVersion).join(', ')}`
                            : ''}
                          )
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <CoveragePanel
            stages={loop.stages}
            coverage={loop.coverage}
            findings={sortFindings(loop.coverage.findings)}
            readOnly
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
