import { render } from 'preact';
import { PostsApp } from '@/components/posts/PostsApp';
import '@/components/sidebar/sidebar.css';
import './style.css';

render(<PostsApp />, document.getElementById('app')!);
