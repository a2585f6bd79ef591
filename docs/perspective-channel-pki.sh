#!/usr/bin/env bash
# Makes the PEM files of the channel between the CA and its remote perspective agents
# (docs/architecture.md, "Remote perspectives"): a channel CA, one server certificate per agent
# and the CA's client certificate. Run it once, on an offline machine, and keep ca-key.pem there.
#
#   perspective-channel-pki.sh <out-dir> <agent-name>=<host-or-ip>[,<host-or-ip>...] ...
#   e.g. perspective-channel-pki.sh pki frankfurt=fra.perspectives.example singapore=sin.perspectives.example
#
# Console:  certdesk.perspectives.client-certificate=client.pem, .client-private-key=client-key.pem,
#           .trusted-ca=ca.pem
# Agent:    certdesk.perspective-agent.certificate=<agent>.pem, .private-key=<agent>-key.pem,
#           .client-ca=ca.pem
set -euo pipefail
out=$1; shift
mkdir -p "$out"; cd "$out"
umask 077
ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)

openssl req -x509 "${ec[@]}" -keyout ca-key.pem -out ca.pem -days 825 -subj "/CN=CertDesk perspective channel CA" \
  -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

issue() { # name, subject CN, extensions
  openssl req "${ec[@]}" -keyout "$1-key.pem" -out "$1.csr" -subj "/CN=$2" 2>/dev/null
  printf '%b' "$3" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 825 -extfile "$1.ext" -out "$1.pem" 2>/dev/null
  cat ca.pem >> "$1.pem" # the chain: leaf first, then the channel CA
  rm "$1.csr" "$1.ext"
}

issue client "CertDesk CA" "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n"
for agent in "$@"; do
  name=${agent%%=*}
  sans=""
  IFS=',' read -ra hosts <<< "${agent#*=}"
  for host in "${hosts[@]}"; do
    if [[ $host =~ ^[0-9.]+$ || $host == *:* ]]; then sans+="IP:$host,"; else sans+="DNS:$host,"; fi
  done
  issue "$name" "perspective $name" "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${sans%,}\n"
done
echo "Made in $PWD: ca.pem (trust), ca-key.pem (keep offline), client.pem + client-key.pem (console), <agent>.pem + <agent>-key.pem (each agent)"
