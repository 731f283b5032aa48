// Posts each message of the `post` parameter (a JSON array) to the parent, with any target origin: a
// frame the embed tests load from another origin, or that sends messages of the wrong shape.
for (const message of JSON.parse(new URLSearchParams(location.search).get('post') ?? '[]')) parent.postMessage(message, '*');
