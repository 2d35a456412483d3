export { fromFacebook, FacebookCommentSchema, type FacebookComment, type FacebookOptions } from './facebook.js';
export { fromInstagram, InstagramCommentSchema, type InstagramComment, type InstagramOptions } from './instagram.js';
export { fromYouTube, fromYouTubeComment, YouTubeCommentSchema, YouTubeCommentThreadSchema, type YouTubeComment, type YouTubeCommentThread, type YouTubeOptions } from './youtube.js';
export { fromPlatformResponse, PLATFORMS, type Platform, type PlatformResponseOptions } from './platform-response.js';
