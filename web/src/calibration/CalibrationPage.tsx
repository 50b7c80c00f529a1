import { Title } from '@mantine/core';

// PLACEHOLDER: replaced by the section's pages (issue 13).
export default function Placeholder() {
  return <Title order={1}>Calibration</Title>;
}
