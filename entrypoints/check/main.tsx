import { render } from 'preact';
import { CheckApp } from '@/components/check/CheckApp';
import '@/components/sidebar/sidebar.css';
import './style.css';

render(
  <CheckApp tabUrl={new URLSearchParams(location.search).get('url')} />,
  document.getElementById('app')!,
);
