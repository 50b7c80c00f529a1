import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../time';
import { recommendationLabel, type Card } from './types';

/** Every revision of a submitted scorecard, newest first, with the reason for each amendment. */
export function History({ card }: { card: Card }) {
  const revisions = card.revisions.edges.map((e) => e.node).reverse();
  return (
    <section aria-labelledby="history-title">
      <Title order={2} size="h5" id="history-title" mb="xs">
        Revision history
      </Title>
      <List spacing="xs" listStyleType="none" p={0}>
        {revisions.map((r) => (
          <List.Item key={r.number}>
            <Stack gap={0}>
              <Group gap="xs">
                <Badge variant="light" color={r.number === 1 ? 'gray' : 'indigo'}>
                  {r.number === 1 ? 'Submitted' : `Amendment ${r.number - 1}`}
                </Badge>
                <Text size="sm">{formatDateTime(r.createdAt)}</Text>
                <Text size="sm" c="dimmed">
                  Recommendation: {recommendationLabel(r.recommendation)}
                </Text>
              </Group>
              {r.reason && (
                <Text size="sm">
                  <strong>Reason:</strong> {r.reason}
                </Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
