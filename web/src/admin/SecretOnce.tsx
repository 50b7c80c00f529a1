import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/**
 * A secret the API shows once (an API key, a webhook signing secret): copy it now, it is never
 * shown again. The region is labelled so that a screen reader announces what the secret is for.
 */
export function SecretOnce({
  title,
  secret,
  usage,
  onDone,
}: {
  title: string;
  secret: string;
  usage: string;
  onDone: () => void;
}) {
  return (
    <Alert color="teal.9" variant="outline" title={title} role="region" aria-label={title}>
      <Stack gap="xs">
        <Text size="sm">
          Copy it now: this is the only time it is shown. Leaving this page or pressing Done hides
          it for good. {usage}
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-secret>
          {secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="sm" color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? 'Copied' : 'Copy the secret'}
              </Button>
            )}
          </CopyButton>
          <Button size="sm" variant="default" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
