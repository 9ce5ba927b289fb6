# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Colocar este serviço no site da sua instituição do NHS (trust)
embed-intro = Para a equipa responsável pelo site. Escolha a enfermaria, o idioma e a forma de incorporar o serviço e, depois, copie o código para uma página do site da sua instituição. O código funciona no site de onde vem esta página.
embed-provider-label = Serviço de IMHA (enfermaria)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = O habitual neste site
# When the trust has set no IMHA services in providers.json.
embed-no-providers = Ainda não há serviços de IMHA configurados para este site, por isso o serviço vai dizer às pessoas que perguntem aos profissionais da enfermaria. A equipa responsável pelo site pode adicioná-los em providers.json.
embed-language-label = Idioma
# The first choice: no language in the code.
embed-language-browser = O idioma de quem lê, indicado pelo respetivo navegador
embed-how-label = Como incorporar
embed-how-script = Script e elemento (recomendado)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = O serviço aparece dentro da sua página. A Política de Segurança de Conteúdo (Content Security Policy) da sua página tem de permitir { $policy }.
embed-how-iframe = Moldura (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = O serviço aparece numa moldura que cresce para se ajustar a ele. A Política de Segurança de Conteúdo (Content Security Policy) da sua página tem de permitir { $policy }. Na sua folha de estilos, dê à moldura a largura total e nenhum contorno.
embed-code-label = O código a copiar
embed-copy = Copiar o código
embed-copied = Copiado. Cole-o na sua página, no sítio onde o serviço deve aparecer.
embed-copy-failed = O seu navegador não deixou esta página copiar. Selecione o código e copie-o manualmente.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Saiba se pode ter um defensor independente de saúde mental
