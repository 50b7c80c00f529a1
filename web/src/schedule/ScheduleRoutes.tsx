import { Route, Routes } from 'react-router';
import { ManageInterview } from './ManageInterview';
import { ScheduleForm } from './ScheduleForm';
import { ScheduleList } from './ScheduleList';

/** The recruiters' schedule: the interviews by status, a new one, and one to change. */
export default function ScheduleRoutes() {
  return (
    <Routes>
      <Route index element={<ScheduleList />} />
      <Route path="new" element={<ScheduleForm />} />
      <Route path=":id" element={<ManageInterview />} />
    </Routes>
  );
}
