import { Group, Text, useMantineTheme } from '@mantine/core';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ReferenceDot,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

export interface CompetencyRow {
  id: string;
  name: string;
  mean: number;
  min: number;
  max: number;
  disagreement: boolean;
}

/**
 * Per competency, a bar from the lowest to the highest score (its length is the spread) and a
 * dot at the mean, as the API computed them; bars the API flags for spread are orange. Hidden
 * from screen readers: the table beside it holds the same figures.
 */
export function CompetencyChart(props: { rows: CompetencyRow[]; scale: number[] }) {
  const theme = useMantineTheme();
  const calm = theme.colors.indigo[3];
  const flagged = theme.colors.orange[7];
  const data = props.rows.map((r) => ({ ...r, range: [r.min, r.max] as [number, number] }));
  const low = Math.min(...props.scale);
  const high = Math.max(...props.scale);
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={data.length * 44 + 40}>
        <ComposedChart
          accessibilityLayer={false}
          layout="vertical"
          data={data}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke={theme.colors.gray[3]} />
          <XAxis type="number" domain={[low, high]} ticks={props.scale} allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={115} tick={{ fontSize: 13 }} />
          <Bar dataKey="range" barSize={16} radius={4} isAnimationActive={false} minPointSize={3}>
            {data.map((d) => (
              <Cell key={d.id} fill={d.disagreement ? flagged : calm} />
            ))}
          </Bar>
          {data.map((d) => (
            <ReferenceDot
              key={d.id}
              x={d.mean}
              y={d.name}
              r={6}
              fill={theme.colors.dark[7]}
              stroke="white"
              strokeWidth={2}
              ifOverflow="extendDomain"
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
      <Group gap="lg" justify="center" mt={4}>
        <Legend color={calm} label="Lowest to highest score" />
        <Legend color={flagged} label="Spread of 2 levels or more" />
        <Legend color={theme.colors.dark[7]} label="Mean" round />
      </Group>
    </div>
  );
}

function Legend(props: { color: string; label: string; round?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        style={{
          width: props.round ? 12 : 18,
          height: 12,
          borderRadius: props.round ? 6 : 3,
          background: props.color,
          display: 'inline-block',
        }}
      />
      <Text size="sm">{props.label}</Text>
    </Group>
  );
}
