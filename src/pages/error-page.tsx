import { Layout } from './layout.js';

export function ErrorPage({ status, title, detail }: { status: number; title: string; detail: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{detail}</p>
      <p class="status-code">{`HTTP ${status}`}</p>
      <p>
        <a href="/">Back to the start page</a>
      </p>
    </Layout>
  );
}
