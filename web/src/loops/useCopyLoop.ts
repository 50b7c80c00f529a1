import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { CloneLoopDocument, CreateLoopFromTemplateDocument } from '../gql/graphql';
import { idOf, run } from './api';

/** Clones a loop (or starts a loop from a template) and opens the new draft. */
export function useCopyLoop(sourceId: string) {
  const client = useClient();
  const navigate = useNavigate();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function copy(fromTemplate: boolean) {
    setBusy(true);
    const input = { sourceId };
    const outcome = fromTemplate
      ? idOf(
          await run(client, CreateLoopFromTemplateDocument, { input }),
          (d) => d.createLoopFromTemplate.id,
        )
      : idOf(await run(client, CloneLoopDocument, { input }), (d) => d.cloneLoop.id);
    setBusy(false);
    if (!outcome.ok) return setProblem(Object.values(outcome.fields).join(' '));
    setProblem('');
    navigate(`/loops/${outcome.data}`);
  }
  return { copy, problem, busy };
}
