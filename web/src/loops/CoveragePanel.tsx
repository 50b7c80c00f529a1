import { Badge, Box, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  competencyElementId,
  findingTarget,
  formatWeight,
  heatMap,
  type HeatCell,
  type StageLike,
} from './coverage';
import type { Finding, Loop } from './types';

/** Background and text colour of each heat level (text stays AA-readable on every shade). */
const SHADES = [
  { bg: 'var(--mantine-color-white)', fg: 'var(--mantine-color-gray-7)' },
  { bg: 'var(--mantine-color-indigo-1)', fg: 'var(--mantine-color-black)' },
  { bg: 'var(--mantine-color-indigo-3)', fg: 'var(--mantine-color-black)' },
  { bg: 'var(--mantine-color-indigo-7)', fg: 'var(--mantine-color-white)' },
  { bg: 'var(--mantine-color-indigo-9)', fg: 'var(--mantine-color-white)' },
];

function cellLabel(cell: HeatCell): string {
  if (cell.gap) return 'focus, not assessed';
  if (cell.weight === 0) return cell.focus ? 'focus' : '–';
  return formatWeight(cell.weight);
}

/** Moves to the element a finding is about and puts the focus there. */
export function showElement(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

/**
 * The competency x stage matrix as a heat map (the weight of the criteria that assess each
 * competency in each stage), and the findings of the coverage check, blocking first.
 */
export function CoveragePanel({
  stages,
  coverage,
  findings,
  readOnly,
}: {
  stages: readonly (StageLike & { name: string })[];
  coverage: Loop['coverage'];
  findings: Finding[];
  readOnly?: boolean;
}) {
  const rows = heatMap(coverage.rows, stages);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverage-title" id="coverage">
      <Stack gap="sm">
        <Title order={2} size="h3" id="coverage-title">
          Coverage
        </Title>
        {rows.length === 0 || stages.length === 0 ? (
          <Text c="dimmed" size="sm">
            Nothing assessed yet: add questions with rubrics, or focus competencies, to stages.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={120 + stages.length * 84}>
            <Table withTableBorder withColumnBorders fz="xs" layout="fixed">
              <Table.Caption>
                Weight of the rubric criteria that assess each competency in each stage; a darker
                cell weighs more. “Focus, not assessed” marks a gap.
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={120}>
                    Competency
                  </Table.Th>
                  {stages.map((stage, i) => (
                    <Table.Th key={stage.id} scope="col" style={{ overflowWrap: 'anywhere' }}>
                      {i + 1}. {stage.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.competencyId}>
                    <Table.Th
                      scope="row"
                      id={competencyElementId(row.competencyId)}
                      tabIndex={-1}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {row.name}
                    </Table.Th>
                    {row.cells.map((cell) => (
                      <Table.Td
                        key={cell.stageId}
                        ta="center"
                        style={{
                          background: SHADES[cell.level].bg,
                          color: cell.gap ? 'var(--mantine-color-red-9)' : SHADES[cell.level].fg,
                          outline: cell.gap ? '2px solid var(--mantine-color-red-7)' : undefined,
                          outlineOffset: -3,
                          fontWeight: cell.focus ? 700 : 400,
                        }}
                        title={`${cell.criteria} ${cell.criteria === 1 ? 'criterion' : 'criteria'}`}
                      >
                        {cellLabel(cell)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Title order={3} size="h4">
          Findings
        </Title>
        {findings.length === 0 ? (
          <Text size="sm">
            No findings: every stage has questions, fits its time and assesses its focus.
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-label="Coverage findings" p={0} m={0}>
            {findings.map((finding, i) => (
              <List.Item key={`${finding.path}-${finding.code}-${i}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    color={finding.severity === 'BLOCKING' ? 'red' : 'yellow'}
                    variant={finding.severity === 'BLOCKING' ? 'filled' : 'light'}
                    style={{ flexShrink: 0 }}
                    c={finding.severity === 'BLOCKING' ? undefined : 'black'}
                  >
                    {finding.severity === 'BLOCKING' ? 'Blocking' : 'Warning'}
                  </Badge>
                  <Box>
                    <Text size="sm">{finding.message}</Text>
                    {!readOnly && (
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        px={0}
                        onClick={() => showElement(findingTarget(finding, stages))}
                      >
                        {finding.questionId
                          ? 'Go to the question'
                          : finding.stageId
                            ? 'Go to the stage'
                            : 'Go to the row'}
                      </Button>
                    )}
                  </Box>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
