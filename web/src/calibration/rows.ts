import { useState } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import {
  CalibrationDocument,
  CalibrationMoreInterviewersDocument,
  CalibrationMoreQuestionsDocument,
} from '../gql/graphql';

type Window = { from: string; to: string };
type MoreVariables = Window & { after: string };
type Page<Row> = {
  edges: { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/**
 * One list's rows past its first page: the pages already shown (for this window) and the one
 * loading; `more` asks for the page after the last row shown.
 */
function useMore<Row, Data>(
  document: TypedDocumentNode<Data, MoreVariables>,
  pick: (data: Data) => Page<Row>,
  range: Window | null,
  first: Page<Row> | undefined,
) {
  const key = range ? `${range.from}|${range.to}` : '';
  const [state, setState] = useState<{ key: string; after: string; rows: Row[] } | null>(null);
  const shown = state?.key === key ? state : null;
  const [{ data, error, fetching }] = useQuery({
    query: document,
    variables: { ...(range ?? { from: '', to: '' }), after: shown?.after ?? '' },
    pause: !shown || !range,
  });
  const page = shown && data ? pick(data) : undefined;
  const older = [...(shown?.rows ?? []), ...(page?.edges.map((e) => e.node) ?? [])];
  const info = shown ? page?.pageInfo : first?.pageInfo;
  const next = info?.hasNextPage ? info.endCursor : null;
  return {
    rows: [...(first?.edges.map((e) => e.node) ?? []), ...older],
    more: next ? () => setState({ key, after: next, rows: older }) : null,
    loading: fetching,
    error,
  };
}

/** The calibration page's two lists for a window, a page of 100 at a time ("Show more"). */
export function useCalibrationRows(range: Window | null) {
  const [{ data, error, fetching }] = useQuery({
    query: CalibrationDocument,
    variables: range ?? { from: '', to: '' },
    pause: !range,
  });
  const interviewers = useMore(
    CalibrationMoreInterviewersDocument,
    (d) => d.interviewerCalibration,
    range,
    data?.interviewerCalibration,
  );
  const questions = useMore(
    CalibrationMoreQuestionsDocument,
    (d) => d.questionAnalytics,
    range,
    data?.questionAnalytics,
  );
  return {
    data,
    error: error ?? interviewers.error ?? questions.error,
    fetching,
    interviewers,
    questions,
  };
}
