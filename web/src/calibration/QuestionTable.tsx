import { Box, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { sortQuestions, type Direction, type QuestionRow, type SortKey } from './figures';

const COLUMNS: { key: SortKey; label: string; numeric: boolean; first: Direction }[] = [
  { key: 'question', label: 'Question', numeric: false, first: 'ascending' },
  { key: 'uses', label: 'Uses', numeric: true, first: 'descending' },
  { key: 'meanScore', label: 'Mean', numeric: true, first: 'descending' },
  { key: 'stddev', label: 'Spread', numeric: true, first: 'descending' },
  { key: 'agreement', label: 'Agreement', numeric: true, first: 'ascending' },
  { key: 'correlation', label: 'Fit with recommendation', numeric: true, first: 'descending' },
];

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Question analytics as a table sorted by any column (a header's button); it starts on
 * agreement, lowest first, so the questions interviewers disagree on most lead.
 */
export function QuestionTable({ rows }: { rows: QuestionRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; dir: Direction }>({
    key: 'agreement',
    dir: 'ascending',
  });
  const sorted = sortQuestions(rows, sort.key, sort.dir);
  return (
    // Focusable, so that a keyboard can scroll it sideways on a narrow screen.
    <Box
      tabIndex={0}
      role="region"
      aria-label="Question analytics (scrolls sideways)"
      style={{ overflowX: 'auto' }}
    >
      <Table miw={720} striped highlightOnHover aria-label="Question analytics">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <Table.Th
                  key={c.key}
                  aria-sort={active ? sort.dir : 'none'}
                  style={{ textAlign: c.numeric ? 'right' : 'left' }}
                >
                  <UnstyledButton
                    fw={700}
                    fz="sm"
                    onClick={() =>
                      setSort({
                        key: c.key,
                        dir: active
                          ? sort.dir === 'ascending'
                            ? 'descending'
                            : 'ascending'
                          : c.first,
                      })
                    }
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {active ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.questionVersionId}>
              <Table.Td maw={420}>
                <Text size="sm" lineClamp={2}>
                  {r.questionVersion.prompt}
                </Text>
                <Text size="xs" c="dimmed">
                  Version {r.questionVersion.number}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{r.uses}</Table.Td>
              <Table.Td ta="right">{r.meanScore.toFixed(2)}</Table.Td>
              <Table.Td ta="right">{r.stddev.toFixed(2)}</Table.Td>
              <Table.Td ta="right">
                {r.agreement === null || r.agreement === undefined ? (
                  <Text span size="sm" c="dimmed">
                    no pairs
                  </Text>
                ) : (
                  `${percent(r.agreement)} of ${r.agreementPairs}`
                )}
              </Table.Td>
              <Table.Td ta="right">
                {r.recommendationCorrelation === null ||
                r.recommendationCorrelation === undefined ? (
                  <Text span size="sm" c="dimmed">
                    not defined
                  </Text>
                ) : (
                  r.recommendationCorrelation.toFixed(2)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
