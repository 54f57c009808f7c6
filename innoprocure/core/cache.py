"""Django's Redis cache backend, with one Redis client per connection pool instead of one per command.

Django builds a new `redis.Redis` object for every cache call, and its constructor fills a table of some 170 response
callbacks: on a page served from the page cache (two cache calls) that was a third of the time. redis-py's clients
are thread-safe and take a connection from the pool for each command, so one client per pool is what it intends.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class ReusedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
