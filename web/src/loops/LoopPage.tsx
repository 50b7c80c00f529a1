import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { LoopDetailDocument } from '../gql/graphql';
import { LoopBuilder } from './LoopBuilder';
import { ReadOnlyLoop } from './ReadOnlyLoop';
import type { Finding } from './types';

/** One loop: the builder while it is a draft, read-only once published or archived. */
export function LoopPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: LoopDetailDocument,
    variables: { id },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // The warnings publishLoop answered, shown on the read-only page that follows.
  const [warnings, setWarnings] = useState<Finding[] | null>(null);

  const back = (
    <Anchor component={Link} to="/loops" size="sm">
      ← All loops
    </Anchor>
  );
  if (error && !data) {
    return (
      <Stack>
        {back}
        <Alert color="red" title="This loop could not be opened">
          {describe(error)}
        </Alert>
      </Stack>
    );
  }
  if (!data) return fetching ? <Loader aria-label="Loading the loop" /> : null;
  const loop = data.loop;
  return (
    <Stack gap="md">
      {back}
      {loop.status === 'DRAFT' ? (
        <LoopBuilder loop={loop} refresh={refresh} onPublished={setWarnings} />
      ) : (
        <ReadOnlyLoop loop={loop} warnings={warnings} />
      )}
    </Stack>
  );
}
