"""The Word template of the board report (``bestuursrapportage.docx``), built by ``build.py``."""
