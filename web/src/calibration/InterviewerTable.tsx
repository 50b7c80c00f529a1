import { Badge, Box, Table, Text } from '@mantine/core';
import { FEW_SCORECARDS, leniencyRange, type InterviewerRow } from './figures';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;

/** The interviewers' figures in words and numbers: what the dot plot draws, and more. */
export function InterviewerTable({ rows }: { rows: InterviewerRow[] }) {
  return (
    // Focusable, so that a keyboard can scroll it sideways on a narrow screen.
    <Box
      tabIndex={0}
      role="region"
      aria-label="Interviewer calibration (scrolls sideways)"
      style={{ overflowX: 'auto' }}
    >
      <Table miw={640} striped aria-label="Interviewer calibration">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Interviewer</Table.Th>
            <Table.Th ta="right">Scorecards</Table.Th>
            <Table.Th ta="right">Leniency</Table.Th>
            <Table.Th ta="right">Mean score (expected)</Table.Th>
            <Table.Th ta="right">Yes-share</Table.Th>
            <Table.Th ta="right">On time</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const few = r.scorecards < FEW_SCORECARDS;
            return (
              <Table.Tr key={r.interviewer.id}>
                <Table.Td>
                  {r.interviewer.displayName}{' '}
                  {few && (
                    <Badge color="gray" variant="outline" size="sm">
                      few scorecards
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">{r.scorecards}</Table.Td>
                <Table.Td ta="right">
                  {r.leniency === null || r.leniency === undefined ? (
                    <Text span size="sm" c="dimmed">
                      not measurable
                    </Text>
                  ) : (
                    `${signed(r.leniency)} ± ${leniencyRange(r.scorecards).toFixed(2)}`
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {r.meanScore === null || r.meanScore === undefined
                    ? '–'
                    : `${r.meanScore.toFixed(2)} (${r.expectedMean?.toFixed(2) ?? '–'})`}
                </Table.Td>
                <Table.Td ta="right">{percent(r.yesShare)}</Table.Td>
                <Table.Td ta="right">{percent(r.onTimeRate)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
