import { MemberPicker } from '../pickers/MemberPicker';
import type { Option } from '../pickers/useSearch';

/** Interviewers picked from the tenant's members, searched as the recruiter types. */
export function PanelPicker(props: {
  value: Option[];
  onChange: (picked: Option[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <MemberPicker
      label="Interviewers"
      description="Each gets a scorecard to fill in and an e-mail with the invitation."
      value={props.value.map((o) => o.value)}
      chosen={props.value}
      onChange={props.onChange}
      error={props.error}
      disabled={props.disabled}
      nothingFound="No member by that name or e-mail"
      maw={560}
    />
  );
}
