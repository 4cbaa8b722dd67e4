import Quote from "./Quote";

export default function PatientStories() {
  return (
    <section className="stories">
      <h2>Patient stories</h2>
      <Quote author="Wren Calloway" text="My daughter Ines finally smiles in photos." />
      <p>
        Call us at (303) 555-0100 to book.
      </p>
    </section>
  );
}
