"""A listener's pylast script, as people write them, pointed at Earshot instead of Last.fm.

Run by PylastEndToEndIT with Debian's /usr/bin/python3 and python3-pylast: argv = port, key, user, start.
pylast always speaks HTTPS (HTTPSConnection with ssl.create_default_context()), so the test serves TLS and
passes its certificate in SSL_CERT_FILE.
"""
import sys

import pylast

port, key, user, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

# Username + md5(password) with no session key: pylast calls auth.getMobileSession with
# authToken = md5(username + md5(password)) on its own.
network = pylast._Network(
    name="Earshot",
    homepage="https://127.0.0.1:%s" % port,
    ws_server=("127.0.0.1:%s" % port, "/2.0/"),
    api_key="earshot",
    api_secret="not-checked",
    session_key=None,
    username=user,
    password_hash=pylast.md5(key),
    domain_names={pylast.DOMAIN_ENGLISH: "127.0.0.1:%s" % port},
    urls={},
)
print("SESSION", network.session_key, flush=True)

network.update_now_playing(artist="Portishead", title="Roads", album="Dummy", duration=305)
network.scrobble(artist="Portishead", title="Roads", timestamp=start, album="Dummy", duration=305)
network.scrobble_many([
    {"artist": "Portishead", "title": "Glory Box", "timestamp": start - 400, "album": "Dummy", "duration": 306},
])
network.get_track("Portishead", "Roads").love()
print("DONE", flush=True)
