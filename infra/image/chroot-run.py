#!/usr/bin/env python3
"""Starts the container image without a container runtime, to see that it runs (#25 point 4; infra/image.md).

Unpacks the layers of the image tar (platform/app/target/tsunagu-image.tar) into a directory, starts a PostgreSQL of
its own from the embedded PostgreSQL 18 binaries the tests unpacked, creates the roles with db/roles.sql, then runs the
image's entrypoint and command with chroot, as the image's user and with the image's environment plus the settings
the Secret would give, and waits for /actuator/health/readiness. Needs root (chroot, mount of /proc) and Linux.
Not a container: no namespaces, cgroups or read-only root; the network is the host's.

    infra/image/chroot-run.py [image tar] [work dir]
"""
import glob, json, os, shutil, subprocess, sys, tarfile, time, urllib.request

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
tar = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, 'platform/app/target/tsunagu-image.tar')
work = sys.argv[2] if len(sys.argv) > 2 else '/tmp/tsunagu-chroot-run'
pg_port, app_port = 55433, 18089
bins = sorted(glob.glob('/tmp/embedded-pg/PG-*/bin/postgres'))
if not bins:
    sys.exit('no PostgreSQL binaries under /tmp/embedded-pg: run a test on the embedded database once')
pg = os.path.dirname(bins[-1])

shutil.rmtree(work, ignore_errors=True)
root, data = os.path.join(work, 'root'), os.path.join(work, 'pg')
os.makedirs(root); os.makedirs(data)
with tarfile.open(tar) as image:
    manifest = json.load(image.extractfile('manifest.json'))[0]
    config = json.load(image.extractfile(manifest['Config']))['config']
    for layer in manifest['Layers']:
        with tarfile.open(fileobj=image.extractfile(layer), mode='r:gz') as files:
            files.extractall(root, numeric_owner=True)
print('image', manifest['RepoTags'], 'user', config['User'])
print('entrypoint', ' '.join(config['Entrypoint'] + config.get('Cmd', [])))

# PostgreSQL refuses to run as root: as nobody, like the embedded one
shutil.chown(data, 'nobody')
as_nobody = ['runuser', '-u', 'nobody', '--']
subprocess.run(as_nobody + [pg + '/initdb', '-D', data + '/data', '-U', 'postgres', '--auth=trust', '-E', 'UTF8'],
               check=True, stdout=subprocess.DEVNULL)
roles = open(os.path.join(repo, 'platform/runtime/src/main/resources/db/roles.sql')).read() \
    .replace(':owner_password', "'owner-chroot'").replace(':app_password', "'app-chroot'")
subprocess.run(as_nobody + [pg + '/postgres', '--single', '-j', '-D', data + '/data', 'postgres'],
               input=roles + '\n;\ncreate database tsunagu owner tsunagu_owner\n;\n', text=True, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
subprocess.run(as_nobody + [pg + '/postgres', '--single', '-j', '-D', data + '/data', 'tsunagu'], text=True, check=True,
               input='alter schema public owner to tsunagu_owner\n;\nrevoke create on schema public from public\n;\n'
                     'grant usage on schema public to tsunagu_app\n;\n', stdout=subprocess.DEVNULL,
               stderr=subprocess.DEVNULL)
subprocess.run(as_nobody + [pg + '/pg_ctl', '-D', data + '/data', '-o', f'-p {pg_port} -k {data}', '-l',
                            data + '/log', '-w', 'start'], check=True, stdout=subprocess.DEVNULL)

url = f'jdbc:postgresql://127.0.0.1:{pg_port}/tsunagu'
env = dict(e.split('=', 1) for e in config['Env'])
env.update({'PORT': str(app_port), 'TSUNAGU_DB_EMBEDDED': 'false',
            'SPRING_DATASOURCE_URL': url, 'SPRING_DATASOURCE_USERNAME': 'tsunagu_app',
            'SPRING_DATASOURCE_PASSWORD': 'app-chroot', 'SPRING_LIQUIBASE_URL': url,
            'SPRING_LIQUIBASE_USER': 'tsunagu_owner', 'SPRING_LIQUIBASE_PASSWORD': 'owner-chroot',
            'TSUNAGU_SHARING_LINK_SECRET': 'chroot-run', 'KEYCLOAK_URL': 'http://127.0.0.1:9'})
os.makedirs(root + '/proc', exist_ok=True)
subprocess.run(['mount', '-t', 'proc', 'proc', root + '/proc'], check=True)
app, status = None, 1
started = time.monotonic()
try:
    app = subprocess.Popen(['chroot', '--userspec=' + config['User'], root] + config['Entrypoint'] + config.get('Cmd', []),
                           env=env, stdout=open(work + '/app.log', 'w'), stderr=subprocess.STDOUT)
    while time.monotonic() - started < 400 and app.poll() is None:
        time.sleep(2)
        try:
            probes = {p: urllib.request.urlopen(f'http://127.0.0.1:{app_port}/actuator/health/{p}', timeout=5).read().decode()
                      for p in ('readiness', 'liveness')}
        except OSError:
            continue
        print(f'ready after {time.monotonic() - started:.0f} s:', probes)
        status = 0
        break
    else:
        print('not ready; the log:', work + '/app.log')
finally:
    if app and app.poll() is None:
        app.terminate(); app.wait(60)
    subprocess.run(['umount', root + '/proc'])
    subprocess.run(as_nobody + [pg + '/pg_ctl', '-D', data + '/data', '-m', 'fast', 'stop'], stdout=subprocess.DEVNULL)
sys.exit(status)
