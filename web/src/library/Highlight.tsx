import { Text } from '@mantine/core';
import { highlightParts } from './highlight';

/** The search's matching passage; matches in <mark>, everything as text (never as HTML). */
export function Highlight({ passage }: { passage: string }) {
  return (
    <Text size="sm" c="dimmed">
      {highlightParts(passage).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </Text>
  );
}
