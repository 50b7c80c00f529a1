import { Route, Routes } from 'react-router';
import { LoopList } from './LoopList';
import { LoopPage } from './LoopPage';

/** The loop builder: the list of loops at /loops, one loop (built or read) at /loops/:id. */
export default function LoopRoutes() {
  return (
    <Routes>
      <Route index element={<LoopList />} />
      <Route path=":id" element={<LoopPage />} />
    </Routes>
  );
}
