import { Route, Routes } from 'react-router';
import { BrowsePage } from './BrowsePage';
import { EditorPage } from './EditorPage';
import { ImportPackPage } from './ImportPackPage';
import { QuestionPage } from './QuestionPage';

/** The library for recruiters and admins: /library, /library/new, /library/:id… */
export default function LibraryRoutes() {
  return (
    <Routes>
      <Route index element={<BrowsePage />} />
      <Route path="new" element={<EditorPage />} />
      <Route path="import" element={<ImportPackPage />} />
      <Route path=":id" element={<QuestionPage />} />
      <Route path=":id/edit" element={<EditorPage />} />
    </Routes>
  );
}
