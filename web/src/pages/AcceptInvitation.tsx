import { Title } from '@mantine/core';

// PLACEHOLDER: replaced by the accept-invitation page (issue 13).
export default function AcceptInvitation() {
  return <Title order={1}>Accept the invitation</Title>;
}
