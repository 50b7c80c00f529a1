import { ActionIcon, Group } from '@mantine/core';
import { useState, type DragEvent } from 'react';

/**
 * Sorting by drag and drop (the browser's own, for a mouse) for one list: the props for each
 * item, and which item is being dragged over. Keyboard users move items with MoveButtons.
 */
export function useDragSort(kind: string, onMove: (from: number, to: number) => void) {
  const type = `application/x-interview-kit-${kind}`;
  const [over, setOver] = useState<number | null>(null);
  const itemProps = (index: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.stopPropagation();
      event.dataTransfer.setData(type, String(index));
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(type)) return;
      event.preventDefault();
      event.stopPropagation();
      setOver(index);
    },
    onDragLeave: () => setOver((current) => (current === index ? null : current)),
    onDrop: (event: DragEvent) => {
      const from = event.dataTransfer.getData(type);
      setOver(null);
      if (from === '') return;
      event.preventDefault();
      event.stopPropagation();
      if (Number(from) !== index) onMove(Number(from), index);
    },
    onDragEnd: () => setOver(null),
  });
  return { itemProps, over };
}

/** Up and down buttons for an item of a sortable list; ids let the page put the focus back. */
export function MoveButtons({
  id,
  label,
  index,
  count,
  onMove,
  disabled,
}: {
  id: string;
  label: string;
  index: number;
  count: number;
  onMove: (from: number, to: number, button: 'up' | 'down') => void;
  disabled?: boolean;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        id={`${id}-up`}
        variant="default"
        aria-label={`Move ${label} up`}
        disabled={disabled || index === 0}
        onClick={() => onMove(index, index - 1, 'up')}
      >
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon
        id={`${id}-down`}
        variant="default"
        aria-label={`Move ${label} down`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index, index + 1, 'down')}
      >
        <span aria-hidden>↓</span>
      </ActionIcon>
    </Group>
  );
}
