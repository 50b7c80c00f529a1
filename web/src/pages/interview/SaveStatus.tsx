import { Text } from '@mantine/core';
import { formatDateTime } from '../../time';
import type { SaveStatus as Status } from './autosave';

const words = (status: Status): string => {
  switch (status.kind) {
    case 'saved':
      return status.at
        ? `All changes saved (${formatDateTime(new Date(status.at).toISOString())}).`
        : 'Draft saved.';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'conflict':
      return 'Not saved: changed in another tab (see above).';
    case 'invalid':
      // A problem no field of the page stands for is said here, in the API's words.
      return status.errors['']
        ? `Not saved: ${status.errors['']}`
        : 'Not saved: please correct the fields marked in red.';
    case 'failed':
      return `Not saved: ${status.message} Retrying.`;
  }
};

/** The draft's save status, announced politely to screen readers. */
export function SaveStatus({ status }: { status: Status }) {
  const bad = status.kind === 'conflict' || status.kind === 'invalid' || status.kind === 'failed';
  return (
    <Text
      size="sm"
      role="status"
      aria-live="polite"
      c={bad ? 'red.9' : 'dimmed'}
      fw={bad ? 600 : 400}
    >
      {words(status)}
    </Text>
  );
}
