import { Group, Text, useMantineTheme } from '@mantine/core';
import {
  CartesianGrid,
  ErrorBar,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import {
  FEW_SCORECARDS,
  leniencyRange,
  leniencyTicks,
  plotHeight,
  plotted,
  type InterviewerRow,
} from './figures';

interface Point {
  name: string;
  leniency: number;
  scorecards: number;
  range: number;
  few: boolean;
}

/**
 * Each interviewer's leniency as a dot on a line around zero (severe left, lenient right),
 * with a rough 95% range and the number of scorecards behind it; interviewers with few
 * scorecards are drawn hollow and faded. Hidden from screen readers: the table below holds
 * the same figures.
 */
export function LeniencyPlot({ rows }: { rows: InterviewerRow[] }) {
  const theme = useMantineTheme();
  const points: Point[] = plotted(rows).map((r) => ({
    name: r.interviewer.displayName,
    leniency: r.leniency!,
    scorecards: r.scorecards,
    range: leniencyRange(r.scorecards),
    few: r.scorecards < FEW_SCORECARDS,
  }));
  if (!points.length) return null;
  const reach = Math.max(1, ...points.map((p) => Math.abs(p.leniency) + p.range));
  const limit = Math.ceil(reach * 2) / 2;
  const solid = theme.colors.indigo[7];
  const faded = theme.colors.gray[5];
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={plotHeight(points.length)}>
        <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 56, bottom: 8, left: 4 }}>
          <CartesianGrid horizontal={false} stroke={theme.colors.gray[3]} />
          <XAxis
            type="number"
            dataKey="leniency"
            domain={[-limit, limit]}
            ticks={leniencyTicks(limit)}
            tickFormatter={(v: number) => (v > 0 ? `+${v}` : String(v))}
            height={28}
          />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 13 }} />
          <ReferenceLine x={0} stroke={theme.colors.dark[4]} strokeWidth={2} />
          <Scatter
            data={points}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Point }) => {
              const few = props.payload?.few;
              return (
                <circle
                  cx={props.cx}
                  cy={props.cy}
                  r={7}
                  fill={few ? 'white' : solid}
                  stroke={few ? faded : solid}
                  strokeWidth={2}
                  strokeDasharray={few ? '3 2' : undefined}
                />
              );
            }}
          >
            <ErrorBar dataKey="range" direction="x" width={8} stroke={theme.colors.gray[6]} />
            <LabelList
              dataKey="scorecards"
              position="right"
              offset={12}
              formatter={(n: unknown) => `n=${String(n)}`}
              style={{ fontSize: 12, fill: theme.colors.dark[6] }}
            />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
      {/* Below the chart, not in it, so that it wraps on a narrow screen instead of being cut. */}
      <Text size="xs" c="dimmed" ta="center">
        ← severe · leniency in standard deviations · lenient →
      </Text>
      <Group gap="lg" justify="center" mt={4}>
        <Key fill={solid} stroke={solid} label={`${FEW_SCORECARDS} or more scorecards`} />
        <Key fill="white" stroke={faded} dashed label={`Fewer than ${FEW_SCORECARDS}: uncertain`} />
        <Text size="sm">Whisker: rough 95% range · n: scorecards</Text>
      </Group>
    </div>
  );
}

function Key(props: { fill: string; stroke: string; dashed?: boolean; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="16" height="16" viewBox="0 0 16 16">
        <circle
          cx="8"
          cy="8"
          r="6"
          fill={props.fill}
          stroke={props.stroke}
          strokeWidth="2"
          strokeDasharray={props.dashed ? '3 2' : undefined}
        />
      </svg>
      <Text size="sm">{props.label}</Text>
    </Group>
  );
}
