import { workerData } from "node:worker_threads";
import { postContext, type PostTask, type PostWorkerData } from "./post-pool.ts";
import { parsePost, type PostOutcome } from "./posts.ts";

/**
 * A worker of the post pool (src/content/post-pool.ts): reads the posts it is
 * handed with a markdown-it and an image processor of its own, made once for
 * the site it was started for.
 */
const { root, settings } = workerData as PostWorkerData;
const context = postContext(root, settings);

export default function readPost(task: PostTask): Promise<PostOutcome> {
  return parsePost(task.bytes, task.sourcePath, context);
}
