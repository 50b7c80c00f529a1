import { lazy } from 'react';
import { Route, Routes } from 'react-router';

// The list and the debrief are chunks of their own: the debrief brings the chart library.
const CandidatesPage = lazy(() => import('./CandidatesPage'));
const DebriefPage = lazy(() => import('./DebriefPage'));

/** Candidates (hiring managers, recruiters, admins): the list, and each candidate's debrief. */
export default function CandidateRoutes() {
  return (
    <Routes>
      <Route index element={<CandidatesPage />} />
      <Route path=":id" element={<DebriefPage />} />
    </Routes>
  );
}
