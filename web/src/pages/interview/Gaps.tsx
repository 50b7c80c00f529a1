import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { focusField } from './focus';
import { fieldLabel, fieldOrder, gapMessage } from './labels';
import type { Kit } from './types';

/** What the API says is missing or wrong, each a link that moves the focus to its field. */
export function Gaps({
  kit,
  title,
  errors,
}: {
  kit: Kit;
  title: string;
  errors: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [errors]);
  const entries = Object.entries(errors).sort(
    ([a], [b]) => fieldOrder(kit, a) - fieldOrder(kit, b),
  );
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      title={title}
      className="ik-controls"
    >
      <List size="sm" spacing={4}>
        {entries.map(([key, message]) => (
          <List.Item key={key || 'general'}>
            {key ? (
              <Anchor component="button" type="button" size="sm" onClick={() => focusField(key)}>
                {fieldLabel(kit, key)} {gapMessage(key, message)}
              </Anchor>
            ) : (
              message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
