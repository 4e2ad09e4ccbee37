import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Your profile</h1>
      <p>No profile saved yet.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
