"""`regels serveer`: the decisions as an HTTP JSON API (optional extra `.[api]`: Starlette, uvicorn).

regelsets.py decides (standard library, generated/ only); app.py is the web layer.
"""
