import { useParticipants } from '../participantsStore';
import { PhoneRatingSection } from './PhoneRatingSection';
import { PhoneSessionSection } from './PhoneSessionSection';
import { PhoneVoteSection } from './PhoneVoteSection';
import { PhoneWritingSection } from './PhoneWritingSection';
import '../participants.css';

/** The room panel's part for the phones (issue 18): the session, then what the room does with it. */
export function ParticipantsPanel() {
  const on = useParticipants((s) => s.status === 'on' && s.snapshot.session !== null);
  return (
    <>
      <PhoneSessionSection />
      {on ? (
        <>
          <PhoneWritingSection />
          <PhoneVoteSection />
          <PhoneRatingSection />
        </>
      ) : null}
    </>
  );
}
