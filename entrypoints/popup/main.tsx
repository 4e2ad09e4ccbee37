import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Vacancy Fit</h1>
      <p>Your watchlist is empty.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
