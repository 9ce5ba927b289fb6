# SPDX-License-Identifier: MIT OR Apache-2.0

### Rights shown on the result page, one message per right.
### The value is the heading; the .body attribute explains the right.
### Every message receives $audience: "patient", "carer" or "staff".
### Section names such as "section 2" stay in the text: they are what the
### power is called. The app prints the legal citations separately.

## Information about rights

right-information-detained = Receber informação sobre os direitos
    .body =
        { $audience ->
            [carer] O hospital tem de dizer à pessoa sobre quem está a perguntar em que secção está, o que isso significa e quais são os seus direitos. Tem de o fazer oralmente e por escrito.
            [staff] A administração do hospital (hospital managers) tem de dizer ao/à doente em que secção está, o que isso significa e quais são os seus direitos. Isto tem de ser feito oralmente e por escrito.
           *[patient] O hospital tem de lhe dizer em que secção está, o que isso significa e quais são os seus direitos. Tem de lhe dizer isto oralmente e por escrito.
        }
right-information-community = Receber informação sobre os direitos com uma CTO
    .body =
        { $audience ->
            [carer] O hospital responsável pela CTO tem de dizer à pessoa sobre quem está a perguntar o que significa a CTO e quais são os seus direitos. Tem de o fazer oralmente e por escrito.
            [staff] A administração do hospital responsável (hospital managers) tem de dizer ao/à doente o que significa a CTO e quais são os seus direitos. Isto tem de ser feito oralmente e por escrito.
           *[patient] O hospital responsável pela sua CTO tem de lhe dizer o que significa a CTO e quais são os seus direitos. Tem de lhe dizer isto oralmente e por escrito.
        }
right-information-place-of-safety = Receber informação sobre os direitos
    .body =
        { $audience ->
            [carer] Se a pessoa sobre quem está a perguntar for levada para um hospital como local seguro, o hospital tem de lhe dizer ao abrigo de que secção está retida, o que isso significa e quais são os seus direitos, oralmente e por escrito. Se estiver noutro local, pode pedir às pessoas que a retêm que lhe expliquem os seus direitos.
            [staff] Se o local seguro for um hospital, a administração do hospital (hospital managers) tem de dizer ao/à doente ao abrigo de que secção está retido/a, o efeito dessa secção e quais são os seus direitos, oralmente e por escrito (secção 132). Noutro local, explique-lhe os seus direitos.
           *[patient] Se for levado/a para um hospital como local seguro, o hospital tem de lhe dizer ao abrigo de que secção está retido/a, o que isso significa e quais são os seus direitos, oralmente e por escrito. Se estiver noutro local, peça às pessoas que o/a retêm que lhe expliquem os seus direitos.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Saber que secção se aplica
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar tem direito a que lhe digam em que secção está e o que isso significa. Pode perguntar aos profissionais em que secção está, e pedir o folheto sobre os seus direitos.
            [staff] O/A doente tem direito a que lhe digam em que secção está e o que isso significa. Consulte os documentos da secção e entregue-lhe o folheto sobre direitos dessa secção.
           *[patient] Tem direito a que lhe digam em que secção está e o que isso significa. Pergunte aos profissionais em que secção está, e peça o folheto sobre os seus direitos.
        }

## How long each power lasts

right-section-2-length = Quanto tempo dura a secção 2
    .body =
        { $audience ->
            [carer] A secção 2 é para avaliação (saber como está a saúde mental da pessoa e de que ajuda precisa). Dura até 28 dias. Não pode ser renovada, mas depois a pessoa sobre quem está a perguntar pode ter de ficar no hospital ao abrigo da secção 3.
            [staff] A secção 2 é para avaliação. Dura até 28 dias. Não pode ser renovada, mas depois o/a doente pode ficar em internamento compulsivo ao abrigo da secção 3.
           *[patient] A secção 2 é para avaliação (saber como está a sua saúde mental e de que ajuda precisa). Dura até 28 dias. Não pode ser renovada, mas depois pode ter de ficar no hospital ao abrigo da secção 3.
        }
right-section-3-length = Quanto tempo dura a secção 3
    .body = A secção 3 é para tratamento. No início, dura até 6 meses. Depois, pode ser renovada por mais 6 meses e, a seguir, por 12 meses de cada vez.
right-section-4-length = Quanto tempo dura a secção 4
    .body =
        { $audience ->
            [carer] A secção 4 é para situações de emergência, quando só um médico pôde ver a pessoa sobre quem está a perguntar. Dura até 72 horas. Se um segundo médico concordar, pode passar a ser uma secção 2.
            [staff] A secção 4 é para situações de emergência, com uma só recomendação médica. Dura até 72 horas. Se for recebida uma segunda recomendação médica, passa a ser uma secção 2.
           *[patient] A secção 4 é para situações de emergência, quando só um médico o/a pôde ver. Dura até 72 horas. Se um segundo médico concordar, pode passar a ser uma secção 2.
        }
right-section-5-2-length = Quanto tempo dura a secção 5(2)
    .body =
        { $audience ->
            [carer] A secção 5(2) permite que um médico ou clínico aprovado (approved clinician) impeça a pessoa sobre quem está a perguntar de sair do hospital, quando lá está em internamento voluntário. Dura até 72 horas.
            [staff] A secção 5(2) permite que um médico ou clínico aprovado (approved clinician) retenha no hospital um/a doente em internamento informal. Dura até 72 horas.
           *[patient] A secção 5(2) permite que um médico ou clínico aprovado (approved clinician) o/a impeça de sair do hospital, quando lá está em internamento voluntário. Dura até 72 horas.
        }
right-section-5-4-length = Quanto tempo dura a secção 5(4)
    .body =
        { $audience ->
            [carer] A secção 5(4) permite que um enfermeiro impeça a pessoa sobre quem está a perguntar de sair do hospital, quando lá está em internamento voluntário. Dura até 6 horas, para que um médico ou clínico aprovado (approved clinician) possa vir vê-la.
            [staff] A secção 5(4) é o poder de retenção do enfermeiro para um/a doente em internamento informal. Dura até 6 horas, para que um médico ou clínico aprovado (approved clinician) possa comparecer.
           *[patient] A secção 5(4) permite que um enfermeiro o/a impeça de sair do hospital, quando lá está em internamento voluntário. Dura até 6 horas, para que um médico ou clínico aprovado (approved clinician) possa vir vê-lo/a.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = Quanto tempo se pode ficar num local seguro
    .body =
        { $audience ->
            [carer] As secções 135 e 136 permitem que a polícia leve a pessoa sobre quem está a perguntar para um local seguro, como um hospital, para ser avaliada. Pode ter de ficar lá até 24 horas. Este tempo pode ser prolongado por mais 12 horas, no máximo.
            [staff] As secções 135 e 136 permitem que a polícia leve uma pessoa para um local seguro, para ser avaliada. O/A doente pode ser mantido/a lá até 24 horas, e este tempo pode ser prolongado por mais 12 horas, no máximo.
           *[patient] Com as secções 135 e 136, a polícia pode levá-lo/a para um local seguro, como um hospital, para fazer uma avaliação. Pode ter de ficar lá até 24 horas. Este tempo pode ser prolongado por mais 12 horas, no máximo.
        }
right-section-35-length = Quanto tempo dura a secção 35
    .body =
        { $audience ->
            [carer] A secção 35 quer dizer que um tribunal enviou a pessoa sobre quem está a perguntar para o hospital, para se fazer um relatório sobre a sua saúde mental. Dura até 28 dias de cada vez, e não mais de 12 semanas no total. A pessoa pode obter o seu próprio relatório independente, de um médico ou clínico aprovado (approved clinician) à sua escolha, pagando-o ela própria, e usá-lo para pedir ao tribunal que ponha fim ao envio para o hospital.
            [staff] A secção 35 é um envio para o hospital (remand), decidido por um tribunal, para um relatório sobre o estado mental do/a doente. Dura até 28 dias de cada vez, e não mais de 12 semanas no total. O/A doente pode obter um relatório independente, a expensas suas, e com base nele pedir ao tribunal que ponha fim ao remand.
           *[patient] A secção 35 quer dizer que um tribunal decidiu que deve estar no hospital, para se fazer um relatório sobre a sua saúde mental. Dura até 28 dias de cada vez, e não mais de 12 semanas no total. Pode obter o seu próprio relatório independente, de um médico ou clínico aprovado (approved clinician) à sua escolha, mas tem de o pagar. Depois, pode usá-lo para pedir ao tribunal que ponha fim ao envio para o hospital.
        }
right-section-36-length = Quanto tempo dura a secção 36
    .body =
        { $audience ->
            [carer] A secção 36 quer dizer que um tribunal enviou a pessoa sobre quem está a perguntar para o hospital, para tratamento, enquanto o seu processo em tribunal continua. Dura até 28 dias de cada vez, e não mais de 12 semanas no total. A pessoa pode obter o seu próprio relatório independente, pagando-o ela própria, e usá-lo para pedir ao tribunal que ponha fim ao envio para o hospital.
            [staff] A secção 36 é um envio para o hospital (remand) para tratamento, decidido por um tribunal. Dura até 28 dias de cada vez, e não mais de 12 semanas no total. O/A doente pode obter um relatório independente, a expensas suas, e com base nele pedir ao tribunal que ponha fim ao remand.
           *[patient] A secção 36 quer dizer que um tribunal decidiu que deve estar no hospital, para tratamento, enquanto o seu processo em tribunal continua. Dura até 28 dias de cada vez, e não mais de 12 semanas no total. Pode obter o seu próprio relatório independente, mas tem de o pagar. Depois, pode usá-lo para pedir ao tribunal que ponha fim ao envio para o hospital.
        }
right-section-37-length = Quanto tempo dura uma ordem de internamento
    .body =
        { $audience ->
            [carer] A secção 37 é uma ordem de internamento (hospital order): um tribunal enviou a pessoa sobre quem está a perguntar para o hospital, para tratamento. No início, dura até 6 meses. Depois, pode ser renovada por mais 6 meses e, a seguir, por 12 meses de cada vez.
            [staff] A secção 37 é uma ordem de internamento (hospital order) dada por um tribunal. No início, dura até 6 meses. Depois, pode ser renovada por mais 6 meses e, a seguir, por 12 meses de cada vez.
           *[patient] A secção 37 é uma ordem de internamento (hospital order): um tribunal decidiu que deve estar no hospital, para tratamento. No início, dura até 6 meses. Depois, pode ser renovada por mais 6 meses e, a seguir, por 12 meses de cada vez.
        }
right-section-38-length = Quanto tempo dura uma ordem de internamento provisória
    .body =
        { $audience ->
            [carer] A secção 38 é uma ordem de internamento provisória (interim hospital order): um tribunal enviou a pessoa sobre quem está a perguntar para o hospital durante algum tempo, para ver se uma ordem de internamento é a decisão certa para ela. No início, dura até 12 semanas. O tribunal pode renová-la por períodos de até 28 dias de cada vez, até 12 meses no total.
            [staff] A secção 38 é uma ordem de internamento provisória (interim hospital order). No início, dura até 12 semanas. O tribunal pode renová-la por períodos de até 28 dias de cada vez, até 12 meses no total.
           *[patient] A secção 38 é uma ordem de internamento provisória (interim hospital order): um tribunal decidiu que deve estar no hospital durante algum tempo, para ver se uma ordem de internamento é a decisão certa no seu caso. No início, dura até 12 semanas. O tribunal pode renová-la por períodos de até 28 dias de cada vez, até 12 meses no total.
        }

## Court and prison sections

right-prison-transfer = Passar da prisão para o hospital
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar passou da prisão, ou de outro local de detenção, para o hospital, para receber tratamento. Dependendo da sua situação, pode voltar para a prisão quando já não precisar de tratamento no hospital. Pode perguntar aos profissionais ou a um advogado o que vai acontecer no seu caso.
            [staff] O/A doente foi transferido/a da prisão, ou de outro local de detenção, para o hospital, para tratamento. Dependendo da sua situação, pode voltar para a prisão quando já não precisar de tratamento no hospital.
           *[patient] Passou da prisão, ou de outro local de detenção, para o hospital, para receber tratamento. Dependendo da sua situação, pode voltar para a prisão quando já não precisar de tratamento no hospital. Pergunte aos profissionais ou a um advogado o que vai acontecer no seu caso.
        }
right-hospital-direction = Ordem de ida para o hospital (hospital direction)
    .body =
        { $audience ->
            [carer] Uma ordem de ida para o hospital (hospital direction) quer dizer que o tribunal deu à pessoa sobre quem está a perguntar uma pena de prisão, mas enviou-a primeiro para o hospital, para tratamento. Quando já não precisar de tratamento no hospital, pode ter de ir para a prisão.
            [staff] Uma ordem de ida para o hospital (hospital direction) quer dizer que o tribunal aplicou uma pena de prisão, mas determinou que o/a doente fosse primeiro para o hospital, para tratamento. Quando já não precisar de tratamento no hospital, pode ser transferido/a para a prisão.
           *[patient] Uma ordem de ida para o hospital (hospital direction) quer dizer que o tribunal lhe deu uma pena de prisão, mas decidiu que ia primeiro para o hospital, para tratamento. Quando já não precisar de tratamento no hospital, pode ter de ir para a prisão.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Restrições
    .body =
        { $audience ->
            [carer] A secção da pessoa sobre quem está a perguntar tem restrições. Isto quer dizer que o seu clínico responsável (responsible clinician: o profissional responsável pelos seus cuidados) precisa do acordo do ministro da Justiça (Secretary of State for Justice) para lhe dar licença, para a transferir para outro hospital ou para lhe dar alta.
            [staff] O/A doente é um/a doente com restrições (restricted patient). O clínico responsável (responsible clinician) precisa do consentimento do ministro da Justiça (Secretary of State for Justice) para conceder licença, transferir o/a doente para outro hospital ou dar-lhe alta.
           *[patient] A sua secção tem restrições. Isto quer dizer que o seu clínico responsável (responsible clinician: o profissional responsável pelos seus cuidados) precisa do acordo do ministro da Justiça (Secretary of State for Justice) para lhe dar licença, para o/a transferir para outro hospital ou para lhe dar alta.
        }

## The Tribunal

right-section-2-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) nos primeiros 14 dias da sua secção 2. Um advogado pode ajudar a pessoa a fazer o pedido, gratuitamente.
            [staff] O/A doente pode fazer um pedido ao Tribunal nos primeiros 14 dias da sua secção 2. Há apoio jurídico gratuito de um advogado para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) nos primeiros 14 dias da sua secção 2. Um advogado pode dar-lhe ajuda para fazer o pedido, gratuitamente.
        }
right-section-3-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) uma vez nos primeiros 6 meses, uma vez nos 6 meses seguintes e, depois, uma vez por ano. Um advogado pode ajudar a pessoa a fazer o pedido, gratuitamente.
            [staff] O/A doente pode fazer um pedido ao Tribunal uma vez nos primeiros 6 meses, uma vez nos 6 meses seguintes e, depois, uma vez por ano. Há apoio jurídico gratuito de um advogado para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) uma vez nos primeiros 6 meses, uma vez nos 6 meses seguintes e, depois, uma vez por ano. Um advogado pode dar-lhe ajuda para fazer o pedido, gratuitamente.
        }
right-section-3-referral = Quando a administração do hospital envia o seu caso ao Tribunal
    .body =
        { $audience ->
            [carer] Se a pessoa sobre quem está a perguntar não tiver feito um pedido ao Tribunal nos primeiros 6 meses, a administração do hospital (hospital managers) tem de enviar o seu caso ao Tribunal. Um pedido que seja retirado não conta. A administração também tem de o enviar se passarem 3 anos sem que o Tribunal analise o seu caso (1 ano, se a pessoa tiver menos de 18 anos).
            [staff] Se o/a doente não tiver feito um pedido nos primeiros 6 meses (um pedido retirado não conta), a administração do hospital (hospital managers) tem de remeter o caso ao Tribunal. Também o tem de remeter se o Tribunal não tiver apreciado o caso durante 3 anos (1 ano, se o/a doente tiver menos de 18 anos).
           *[patient] Se não tiver feito um pedido ao Tribunal nos primeiros 6 meses, a administração do hospital (hospital managers) tem de enviar o seu caso ao Tribunal. Um pedido que seja retirado não conta. Também o tem de enviar se passarem 3 anos sem que o Tribunal analise o seu caso (1 ano, se tiver menos de 18 anos).
        }
right-section-37-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] Com uma ordem de internamento, a pessoa sobre quem está a perguntar não pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) nos primeiros 6 meses. Depois disso, pode fazer um pedido uma vez entre os 6 e os 12 meses e, depois, uma vez por ano. Se a pessoa veio da prisão, as regras são diferentes, por isso pergunte aos profissionais ou a um advogado. Um advogado pode ajudar a pessoa no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
            [staff] Um/a doente com uma ordem de internamento não pode fazer um pedido nos primeiros 6 meses. Pode fazer um pedido uma vez nos 6 meses seguintes e, depois, uma vez por ano, quando a ordem é renovada. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Com uma ordem de internamento, não pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) nos primeiros 6 meses. Depois disso, pode fazer um pedido uma vez entre os 6 e os 12 meses e, depois, uma vez por ano. Se veio da prisão, as regras são diferentes, por isso pergunte aos profissionais ou a um advogado. Um advogado pode dar-lhe ajuda no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
        }
right-section-37-referral = Quando a administração do hospital envia o seu caso ao Tribunal
    .body =
        { $audience ->
            [carer] Se passarem 3 anos sem que o Tribunal analise o caso da pessoa sobre quem está a perguntar (1 ano, se a pessoa tiver menos de 18 anos), a administração do hospital (hospital managers) tem de o enviar ao Tribunal.
            [staff] A administração do hospital (hospital managers) tem de remeter o caso se o Tribunal não o tiver apreciado durante 3 anos (1 ano, se o/a doente tiver menos de 18 anos). A remessa dos 6 meses não se aplica a uma ordem de internamento.
           *[patient] Se passarem 3 anos sem que o Tribunal analise o seu caso (1 ano, se tiver menos de 18 anos), a administração do hospital (hospital managers) tem de o enviar ao Tribunal.
        }
right-restricted-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode decidir se deve ter alta) uma vez entre os 6 e os 12 meses depois da sua ordem e, depois, uma vez por ano. Se passarem 3 anos sem que o Tribunal analise o seu caso, o ministro da Justiça (Secretary of State for Justice) tem de o enviar ao Tribunal. Um advogado pode ajudar a pessoa no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
            [staff] Um/a doente com restrições (restricted patient) pode fazer um pedido entre os 6 e os 12 meses após a ordem e, depois, uma vez em cada período de 12 meses. O ministro da Justiça (Secretary of State for Justice) tem de remeter o caso se o Tribunal não o tiver apreciado durante 3 anos. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode decidir se deve ter alta) uma vez entre os 6 e os 12 meses depois da sua ordem e, depois, uma vez por ano. Se passarem 3 anos sem que o Tribunal analise o seu caso, o ministro da Justiça (Secretary of State for Justice) tem de o enviar ao Tribunal. Um advogado pode dar-lhe ajuda no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
        }
right-restricted-transfer-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente). Um advogado pode dizer-lhe quando, e pode ajudá-la gratuitamente (apoio jurídico, ou legal aid). O Tribunal não pode, ele próprio, dar-lhe alta. Diz ao ministro da Justiça (Secretary of State for Justice) se a pessoa teria alta caso estivesse com uma ordem de internamento, e pode recomendar que fique no hospital em vez de voltar para a prisão. A pessoa também pode ter a possibilidade de pedir à Parole Board (a comissão que decide sobre a liberdade condicional) que a liberte.
            [staff] Para um/a doente com uma ordem de ida para o hospital (hospital direction) ou uma ordem de transferência com restrições (restricted transfer direction), o Tribunal não pode dar alta: informa o ministro da Justiça (Secretary of State for Justice) se o/a doente teria direito à alta, e pode recomendar que o internamento no hospital continue, em vez do regresso à prisão. Continua a ser possível fazer um pedido à Parole Board. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente). Um advogado pode dizer-lhe quando, e pode ajudá-lo/a gratuitamente (apoio jurídico, ou legal aid). O Tribunal não pode, ele próprio, dar-lhe alta. Diz ao ministro da Justiça (Secretary of State for Justice) se teria alta caso estivesse com uma ordem de internamento, e pode recomendar que fique no hospital em vez de voltar para a prisão. Também pode ter a possibilidade de pedir à Parole Board (a comissão que decide sobre a liberdade condicional) que o/a liberte.
        }
right-transfer-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] Se a pessoa sobre quem está a perguntar veio da prisão para o hospital, pode fazer um pedido ao Tribunal (um painel independente) nos primeiros 6 meses depois da transferência, uma vez nos 6 meses seguintes e, depois, uma vez por ano. Um advogado pode verificar as datas no seu caso, e pode ajudá-la gratuitamente (apoio jurídico, ou legal aid).
            [staff] Um/a recluso/a transferido/a pode fazer um pedido nos primeiros 6 meses após a transferência, uma vez nos 6 meses seguintes e, depois, uma vez por ano. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Se veio da prisão para o hospital, pode fazer um pedido ao Tribunal (um painel independente) nos primeiros 6 meses depois da transferência, uma vez nos 6 meses seguintes e, depois, uma vez por ano. Um advogado pode verificar as datas no seu caso, e pode ajudá-lo/a gratuitamente (apoio jurídico, ou legal aid).
        }
right-cto-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua CTO) uma vez nos primeiros 6 meses da sua CTO e, depois, uma vez em cada período por que a CTO for prolongada. Um advogado pode ajudar a pessoa no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
            [staff] Um/a doente na comunidade (community patient) pode fazer um pedido uma vez nos primeiros 6 meses da CTO, uma vez quando a CTO é revogada e uma vez em cada período de prolongamento. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua CTO) uma vez nos primeiros 6 meses da sua CTO e, depois, uma vez em cada período por que a CTO for prolongada. Um advogado pode dar-lhe ajuda no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
        }
right-cto-referral = Quando a administração do hospital envia o seu caso ao Tribunal
    .body =
        { $audience ->
            [carer] Se a pessoa sobre quem está a perguntar não tiver feito um pedido ao Tribunal nos primeiros 6 meses da sua CTO, a administração do hospital (hospital managers) tem de enviar o seu caso ao Tribunal. Também o tem de enviar se passarem 3 anos sem que o Tribunal o analise (1 ano, se a pessoa tiver menos de 18 anos), e logo que a CTO for revogada.
            [staff] A administração do hospital (hospital managers) tem de remeter o caso se não tiver sido feito nenhum pedido nos primeiros 6 meses, se o Tribunal não o tiver apreciado durante 3 anos (1 ano, se o/a doente tiver menos de 18 anos), e o mais depressa possível depois de a CTO ser revogada.
           *[patient] Se não tiver feito um pedido ao Tribunal nos primeiros 6 meses da sua CTO, a administração do hospital (hospital managers) tem de enviar o seu caso ao Tribunal. Também o tem de enviar se passarem 3 anos sem que o Tribunal o analise (1 ano, se tiver menos de 18 anos), e logo que a sua CTO for revogada.
        }
right-guardianship-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua tutela) uma vez nos primeiros 6 meses e, depois, uma vez em cada período de renovação. Um advogado pode ajudar a pessoa no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
            [staff] Um/a doente sob tutela pode fazer um pedido uma vez nos primeiros 6 meses e uma vez em cada período de renovação. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua tutela) uma vez nos primeiros 6 meses e, depois, uma vez em cada período de renovação. Um advogado pode dar-lhe ajuda no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
        }
right-conditional-discharge-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode pedir ao Tribunal (um painel independente) que mude as suas condições ou que ponha fim à sua alta condicional. Pode fazer o primeiro pedido entre 12 meses e 2 anos depois de ter tido alta e, depois, uma vez de 2 em 2 anos. Um advogado pode ajudar a pessoa no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
            [staff] Um/a doente em alta condicional que não tenha recebido ordem de regresso ao hospital pode fazer um pedido entre 12 meses e 2 anos após a alta e, depois, uma vez em cada período de 2 anos; o Tribunal pode alterar as condições ou pôr fim às restrições. Há apoio jurídico gratuito de um advogado (legal aid) para os casos no Tribunal.
           *[patient] Pode pedir ao Tribunal (um painel independente) que mude as suas condições ou que ponha fim à sua alta condicional. Pode fazer o primeiro pedido entre 12 meses e 2 anos depois de ter tido alta e, depois, uma vez de 2 em 2 anos. Um advogado pode dar-lhe ajuda no Tribunal, gratuitamente (apoio jurídico, ou legal aid).
        }
# Shown when the exact section is not known.
right-detained-tribunal = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] Normalmente, a pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção). O número de vezes depende da sua secção, por isso pergunte aos profissionais, a um IMHA ou a um advogado. Um advogado pode ajudar a pessoa no Tribunal, gratuitamente.
            [staff] A maioria dos doentes em internamento compulsivo pode fazer um pedido ao Tribunal. O número de vezes depende da secção. Há apoio jurídico gratuito de um advogado para os casos no Tribunal.
           *[patient] Normalmente, pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção). O número de vezes depende da sua secção, por isso pergunte aos profissionais, a um IMHA ou a um advogado. Um advogado pode dar-lhe ajuda no Tribunal, gratuitamente.
        }

## Others who can end a section

right-hospital-managers = Pedir à administração do hospital
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode pedir à administração do hospital (hospital managers: pessoas que agem em nome da organização que gere o hospital) que ponha fim à sua secção ou CTO, em qualquer momento. A administração pode fazer uma reunião, chamada audiência, para decidir.
            [staff] O/A doente pode pedir à administração do hospital (hospital managers) que lhe dê alta em qualquer momento. A administração pode realizar uma audiência para decidir.
           *[patient] Pode pedir à administração do hospital (hospital managers: pessoas que agem em nome da organização que gere o hospital) que ponha fim à sua secção ou CTO, em qualquer momento. A administração pode fazer uma reunião, chamada audiência, para decidir.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = O familiar mais próximo
    .body =
        { $audience ->
            [carer] O familiar mais próximo (nearest relative: um membro da família definido pela Lei da Saúde Mental, ou Mental Health Act) da pessoa sobre quem está a perguntar pode ordenar a sua alta. Se a pessoa estiver em internamento compulsivo ou com uma CTO, o familiar mais próximo tem de avisar a administração do hospital por escrito, com 72 horas de antecedência, e o clínico responsável (responsible clinician) pode impedir a alta se for provável que a pessoa seja um perigo para si própria ou para outras pessoas. Nesse caso, o familiar mais próximo não pode voltar a ordenar a alta durante 6 meses. Se isto acontecer na secção 3 ou numa CTO, o familiar mais próximo pode fazer um pedido ao Tribunal no prazo de 28 dias.
            [staff] O familiar mais próximo (nearest relative) do/a doente pode ordenar a sua alta. Para um/a doente em internamento compulsivo ou na comunidade, tem de avisar a administração do hospital por escrito, com 72 horas de antecedência, e o clínico responsável (responsible clinician) pode bloquear a alta se for provável que o/a doente aja de forma perigosa para si ou para outros. Um familiar mais próximo cuja ordem de alta foi bloqueada não pode voltar a ordenar a alta durante 6 meses a contar do relatório. Se a alta for bloqueada na secção 3 ou numa CTO, o familiar mais próximo pode fazer um pedido ao Tribunal no prazo de 28 dias.
           *[patient] O seu familiar mais próximo (nearest relative: um membro da família definido pela Lei da Saúde Mental, ou Mental Health Act) pode ordenar a sua alta. Se estiver em internamento compulsivo ou com uma CTO, o seu familiar mais próximo tem de avisar a administração do hospital por escrito, com 72 horas de antecedência, e o seu clínico responsável (responsible clinician) pode impedir a alta se for provável que seja um perigo para si ou para outras pessoas. Nesse caso, o seu familiar mais próximo não pode voltar a ordenar a sua alta durante 6 meses. Se isto acontecer na secção 3 ou numa CTO, o seu familiar mais próximo pode fazer um pedido ao Tribunal no prazo de 28 dias.
        }
right-nearest-relative-cannot-discharge = O familiar mais próximo
    .body =
        { $audience ->
            [carer] O familiar mais próximo (nearest relative: um membro da família definido pela Lei da Saúde Mental, ou Mental Health Act) da pessoa sobre quem está a perguntar não pode pôr fim a uma ordem de internamento. Mas pode fazer um pedido ao Tribunal pela pessoa, nos mesmos períodos em que a pessoa o pode fazer.
            [staff] O familiar mais próximo (nearest relative) do/a doente não pode ordenar a alta de uma ordem de internamento. Pode fazer um pedido ao Tribunal nos mesmos períodos que o/a doente.
           *[patient] O seu familiar mais próximo (nearest relative: um membro da família definido pela Lei da Saúde Mental, ou Mental Health Act) não pode pôr fim a uma ordem de internamento. Mas pode fazer um pedido ao Tribunal em seu nome, nos mesmos períodos em que o pode fazer.
        }

right-nearest-relative-change = Mudar o seu familiar mais próximo
    .body =
        { $audience ->
            [carer] Se o familiar mais próximo (nearest relative) da pessoa sobre quem está a perguntar não for adequado para agir por ela, a pessoa (ou um familiar, ou um profissional de saúde mental aprovado, ou approved mental health professional) pode pedir ao tribunal civil local (county court) que outra pessoa passe a agir em vez dele. A pessoa também pode pedir ao hospital que não envie ao seu familiar mais próximo cópias de informações sobre ela.
            [staff] O/A doente, um familiar, uma pessoa que viva com o/a doente ou um AMHP podem pedir ao tribunal civil local (county court) uma ordem para que outra pessoa aja como familiar mais próximo (nearest relative), por exemplo porque o familiar mais próximo não é uma pessoa adequada. O/A doente pode pedir que não sejam enviadas ao familiar mais próximo cópias das informações que lhe são dadas.
           *[patient] Se o seu familiar mais próximo (nearest relative) não for adequado para agir por si, pode pedir ao tribunal civil local (county court) que outra pessoa passe a agir em vez dele. Também pode pedir ao hospital que não envie ao seu familiar mais próximo cópias de informações sobre si.
        }
right-guardianship-discharge = Pôr fim à tutela
    .body =
        { $audience ->
            [carer] A tutela pode terminar por decisão do clínico responsável (responsible clinician), do município responsável por ela (a autoridade local de serviços sociais, ou local social services authority) ou do familiar mais próximo (nearest relative) da pessoa sobre quem está a perguntar. A pessoa pode escrever ao município a pedir que ponha fim à sua tutela.
            [staff] A alta da tutela pode ser dada pelo clínico responsável (responsible clinician), pela autoridade local de serviços sociais responsável (responsible local social services authority) ou pelo familiar mais próximo (nearest relative). O/A doente pode escrever à autoridade a pedir que ponha fim à sua tutela; a ordem do familiar mais próximo não pode ser bloqueada.
           *[patient] A sua tutela pode terminar por decisão do seu clínico responsável (responsible clinician), do município responsável por ela (a autoridade local de serviços sociais, ou local social services authority) ou do seu familiar mais próximo (nearest relative). Pode escrever ao município a pedir que ponha fim à sua tutela.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Medicamentos e tratamento
    .body =
        { $audience ->
            [carer] Nos primeiros 3 meses depois de a pessoa sobre quem está a perguntar receber pela primeira vez medicamentos para a sua perturbação mental durante o internamento compulsivo, estes podem ser dados sem o seu consentimento. Depois disso, só podem ser dados se a pessoa concordar, ou se um médico independente de segunda opinião (SOAD) concordar que são adequados. Outros tratamentos para a sua perturbação mental, como os cuidados de enfermagem, podem ser dados sem o seu consentimento.
            [staff] Os medicamentos para a perturbação mental podem ser dados sem consentimento durante 3 meses, a contar da primeira vez que são dados durante o internamento compulsivo. Depois disso, é preciso o consentimento do/a doente, ou um médico de segunda opinião (second opinion appointed doctor, SOAD) tem de os certificar. Outros tratamentos para a perturbação mental podem ser dados sem consentimento.
           *[patient] Nos primeiros 3 meses depois de receber pela primeira vez medicamentos para a sua perturbação mental durante o internamento compulsivo, estes podem ser-lhe dados sem o seu consentimento. Depois disso, só podem ser dados se concordar, ou se um médico independente de segunda opinião (SOAD) concordar que são adequados. Outros tratamentos para a sua perturbação mental, como os cuidados de enfermagem, podem ser dados sem o seu consentimento.
        }
right-no-treatment-without-consent = Recusar tratamento
    .body =
        { $audience ->
            [carer] Nesta secção, as regras que permitem tratamento sem consentimento não se aplicam à pessoa sobre quem está a perguntar. A pessoa pode recusar tratamento, incluindo medicamentos, que não queira. Só em circunstâncias especiais, que lhe devem ser explicadas, pode receber tratamento com que não concorde: por exemplo, numa emergência, ou se não for capaz de decidir e o tratamento for no seu melhor interesse.
            [staff] A Parte 4 da Lei não se aplica a este/a doente (secção 56(3)), por isso não dá autoridade para o/a tratar sem consentimento. Qualquer tratamento sem consentimento precisa de outra base legal, como a Lei da Capacidade Mental de 2005 (Mental Capacity Act 2005) para um/a doente sem capacidade, e deve ser-lhe explicado.
           *[patient] Nesta secção, as regras que permitem tratamento sem consentimento não se aplicam ao seu caso. Pode recusar tratamento, incluindo medicamentos, que não queira. Só em circunstâncias especiais, que lhe devem ser explicadas, pode receber tratamento com que não concorde: por exemplo, numa emergência, ou se não for capaz de decidir e o tratamento for no seu melhor interesse.
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (terapia eletroconvulsiva)
    .body =
        { $audience ->
            [carer] Se a pessoa sobre quem está a perguntar tiver 18 anos ou mais e for capaz de decidir, a ECT não lhe pode ser dada se disser que não, a não ser numa emergência: para lhe salvar a vida, ou para impedir que o seu estado piore gravemente. Se não for capaz de decidir, um médico de segunda opinião (SOAD) tem de concordar, e a ECT não pode ir contra uma decisão antecipada válida (advance decision) nem contra uma decisão do seu procurador (attorney), do seu representante nomeado pelo tribunal (deputy) ou do Court of Protection. Se tiver menos de 18 anos, um SOAD tem de concordar com a ECT, mesmo que a pessoa diga que sim.
            [staff] A ECT não pode ser dada a um adulto com capacidade que a recuse, exceto numa emergência ao abrigo da secção 62 (para salvar a vida, ou para evitar uma deterioração grave). Se o/a doente não tiver capacidade, um SOAD tem de a certificar, e não pode ir contra uma decisão antecipada válida (advance decision) nem contra uma decisão de um procurador (donee), de um representante nomeado pelo tribunal (deputy) ou do Court of Protection. Um/a doente com menos de 18 anos precisa que um SOAD certifique a ECT, mesmo que dê o seu consentimento.
           *[patient] Se tiver 18 anos ou mais e for capaz de decidir, a ECT não lhe pode ser dada se disser que não, a não ser numa emergência: para lhe salvar a vida, ou para impedir que o seu estado piore gravemente. Se não for capaz de decidir, um médico de segunda opinião (SOAD) tem de concordar, e a ECT não pode ir contra uma decisão antecipada válida (advance decision) nem contra uma decisão do seu procurador (attorney), do seu representante nomeado pelo tribunal (deputy) ou do Court of Protection. Se tiver menos de 18 anos, um SOAD tem de concordar com a ECT, mesmo que diga que sim.
        }
right-ect-without-part-4 = ECT (terapia eletroconvulsiva)
    .body =
        { $audience ->
            [carer] As regras que permitem a ECT numa emergência para doentes em internamento compulsivo não se aplicam à pessoa sobre quem está a perguntar. Se tiver 18 anos ou mais e for capaz de decidir, a ECT não lhe pode ser dada se disser que não. Se tiver menos de 18 anos, a ECT também precisa do acordo de um médico independente de segunda opinião (SOAD), mesmo que a pessoa diga que sim.
            [staff] A Parte 4 não se aplica a este/a doente (secção 56), por isso a via de emergência da secção 62 não autoriza a ECT. Não pode ser dada ECT a um adulto com capacidade que a recuse. Um/a doente com menos de 18 anos precisa que um SOAD certifique a ECT, mesmo que dê o seu consentimento (secção 58A, aplicada pela secção 56(5)).
           *[patient] As regras que permitem a ECT numa emergência para doentes em internamento compulsivo não se aplicam ao seu caso. Se tiver 18 anos ou mais e for capaz de decidir, a ECT não lhe pode ser dada se disser que não. Se tiver menos de 18 anos, a ECT também precisa do acordo de um médico independente de segunda opinião (SOAD), mesmo que diga que sim.
        }
right-section-57-treatment = Cirurgia ao cérebro e implantes de hormonas
    .body =
        { $audience ->
            [carer] Uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino, só pode ser feita se a pessoa sobre quem está a perguntar concordar. Um médico de segunda opinião e duas outras pessoas independentes (que não são médicos) também têm de confirmar que a pessoa é capaz de decidir e que concordou, e o médico tem de concordar que o tratamento é adequado. Isto aplica-se a todas as pessoas, com ou sem secção.
            [staff] A neurocirurgia por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino, exige o consentimento do/a doente. Um médico designado e duas outras pessoas designadas que não são médicos têm de certificar que o/a doente tem capacidade e deu o seu consentimento, e o médico tem de certificar que o tratamento é adequado. Isto aplica-se a todos os doentes, em internamento compulsivo ou não.
           *[patient] Uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino, só pode ser feita se concordar. Um médico de segunda opinião e duas outras pessoas independentes (que não são médicos) também têm de confirmar que é capaz de decidir e que concordou, e o médico tem de concordar que o tratamento é adequado. Isto aplica-se a todas as pessoas, com ou sem secção.
        }
right-cto-treatment = Tratamento com uma CTO
    .body =
        { $audience ->
            [carer] Enquanto a pessoa sobre quem está a perguntar vive na comunidade com uma CTO, não lhe podem ser dados medicamentos para a sua perturbação mental se for capaz de decidir e disser que não. Se não for capaz de decidir, pode receber tratamento em alguns casos, mas não pode ser usada a força, a não ser numa emergência, para evitar danos. Se receber ordem para voltar ao hospital, aplicam-se as regras dos doentes em internamento compulsivo.
            [staff] Um/a doente na comunidade (community patient) que não tenha recebido ordem de regresso ao hospital só pode ser tratado/a com uma base legal da secção 64C: o seu próprio consentimento, se tiver capacidade, o de um procurador (donee), de um representante nomeado pelo tribunal (deputy) ou do Court of Protection, ou as secções 64D ou 64G, se não tiver capacidade. Só pode ser usada a força numa emergência, ao abrigo da secção 64G. Com o regresso ao hospital (recall), aplica-se a Parte 4.
           *[patient] Enquanto vive na comunidade com uma CTO, não lhe podem ser dados medicamentos para a sua perturbação mental se for capaz de decidir e disser que não. Se não for capaz de decidir, pode receber tratamento em alguns casos, mas não pode ser usada a força, a não ser numa emergência, para evitar danos. Se receber ordem para voltar ao hospital, aplicam-se as regras dos doentes em internamento compulsivo.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Licença para sair do hospital
    .body =
        { $audience ->
            [carer] O clínico responsável (responsible clinician: o profissional responsável pelos seus cuidados) da pessoa sobre quem está a perguntar pode dar-lhe licença para estar fora do hospital. Chama-se a isto licença da secção 17 (section 17 leave). A licença pode ter condições, e a pessoa pode receber ordem para voltar ao hospital.
            [staff] O clínico responsável (responsible clinician) pode conceder ao/à doente uma licença de ausência (licença da secção 17). A licença pode ter condições, e o/a doente pode receber ordem de regresso ao hospital.
           *[patient] O seu clínico responsável (responsible clinician: o profissional responsável pelos seus cuidados) pode dar-lhe licença para estar fora do hospital. Chama-se a isto licença da secção 17 (section 17 leave). A licença pode ter condições, e pode receber ordem para voltar ao hospital.
        }
right-restricted-leave = Licença para sair do hospital
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar só pode ter licença para sair do hospital se o ministro da Justiça (Secretary of State for Justice) concordar.
            [staff] Só pode ser concedida licença ao/à doente com o consentimento do ministro da Justiça (Secretary of State for Justice).
           *[patient] Só pode ter licença para sair do hospital se o ministro da Justiça (Secretary of State for Justice) concordar.
        }
right-cto-conditions = Condições da CTO
    .body =
        { $audience ->
            [carer] A CTO da pessoa sobre quem está a perguntar tem condições. Há duas que fazem parte de todas as CTO: ser vista por um médico ou clínico aprovado (approved clinician) quando a CTO estiver a ser prolongada, e por um médico de segunda opinião (SOAD) quando lhe pedirem. As outras condições são definidas pelo clínico responsável (responsible clinician), e um profissional de saúde mental aprovado (approved mental health professional, AMHP) tem de concordar com elas. A pessoa pode receber ordem para voltar ao hospital se não cumprir uma das duas condições que todas as CTO têm. Não cumprir outra condição não chega, por si só: só pode receber ordem para voltar ao hospital se precisar de tratamento no hospital e se, sem ele, houver risco para a sua saúde ou segurança, ou para outras pessoas.
            [staff] Há duas condições obrigatórias (secção 17B(3)): estar disponível para ser examinado/a para o prolongamento e para o certificado de um SOAD. As outras condições são definidas pelo clínico responsável (responsible clinician), com o acordo de um AMHP. O incumprimento de uma condição obrigatória permite o regresso obrigatório ao hospital (recall) (secção 17E(2)); caso contrário, a ordem para voltar ao hospital exige os fundamentos da secção 17E(1), e o incumprimento de outra condição, por si só, não chega.
           *[patient] A sua CTO tem condições. Há duas que fazem parte de todas as CTO: ser visto/a por um médico ou clínico aprovado (approved clinician) quando a sua CTO estiver a ser prolongada, e por um médico de segunda opinião (SOAD) quando lhe pedirem. As outras condições são definidas pelo seu clínico responsável (responsible clinician), e um profissional de saúde mental aprovado (approved mental health professional, AMHP) tem de concordar com elas. Pode receber ordem para voltar ao hospital se não cumprir uma das duas condições que todas as CTO têm. Não cumprir outra condição não chega, por si só: só pode receber ordem para voltar ao hospital se precisar de tratamento no hospital e se, sem ele, houver risco para a sua saúde ou segurança, ou para outras pessoas.
        }
right-cto-recall = Regresso obrigatório ao hospital
    .body =
        { $audience ->
            [carer] O clínico responsável (responsible clinician) da pessoa sobre quem está a perguntar pode dar-lhe ordem para voltar ao hospital, por um período de até 72 horas. Nesse tempo, ou a pessoa pode sair, ou a CTO é revogada (cancelada). Se for revogada, a pessoa volta a ficar no hospital ao abrigo da sua secção.
            [staff] O clínico responsável (responsible clinician) pode dar ao/à doente ordem de regresso ao hospital, por um período de até 72 horas. Nesse tempo, ou o/a doente é libertado/a, ou a CTO é revogada. A revogação faz o/a doente voltar ao internamento compulsivo.
           *[patient] O seu clínico responsável (responsible clinician) pode dar-lhe ordem para voltar ao hospital, por um período de até 72 horas. Nesse tempo, ou pode sair, ou a sua CTO é revogada (cancelada). Se for revogada, volta a ficar no hospital ao abrigo da sua secção.
        }
right-cto-length = Quanto tempo dura uma CTO
    .body = No início, uma CTO dura até 6 meses. Depois, pode ser renovada por mais 6 meses e, a seguir, por 12 meses de cada vez.
right-guardianship-powers = O que um tutor pode fazer
    .body =
        { $audience ->
            [carer] O tutor pode dizer onde a pessoa sobre quem está a perguntar tem de viver. Pode exigir que vá a certos locais para tratamento, trabalho, educação ou formação, e que receba em casa médicos, profissionais de saúde mental aprovados (approved mental health professionals, AMHP) ou outras pessoas indicadas pelo tutor. Um tutor não pode obrigar a pessoa a fazer tratamento.
            [staff] O tutor pode exigir que o/a doente viva num local definido, que vá a certos locais para tratamento, trabalho, educação ou formação, e que dê acesso a médicos, profissionais de saúde mental aprovados (approved mental health professionals) ou outras pessoas indicadas. Um tutor não tem poder para tratar sem consentimento.
           *[patient] O seu tutor pode dizer onde tem de viver. Pode exigir que vá a certos locais para tratamento, trabalho, educação ou formação, e que receba em casa médicos, profissionais de saúde mental aprovados (approved mental health professionals, AMHP) ou outras pessoas indicadas pelo tutor. Um tutor não pode obrigá-lo/a a fazer tratamento.
        }
right-guardianship-length = Quanto tempo dura a tutela
    .body = No início, a tutela dura até 6 meses. Depois, pode ser renovada.
right-conditional-discharge-conditions = Alta condicional
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar saiu do hospital com condições, impostas pelo Tribunal ou pelo ministro da Justiça (Secretary of State for Justice). O ministro pode dar-lhe ordem para voltar ao hospital.
            [staff] As condições do/a doente são impostas pelo Tribunal ou pelo ministro da Justiça (Secretary of State for Justice). O ministro pode dar ao/à doente ordem de regresso ao hospital.
           *[patient] Saiu do hospital com condições, impostas pelo Tribunal ou pelo ministro da Justiça (Secretary of State for Justice). O ministro pode dar-lhe ordem para voltar ao hospital.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = Cuidados após a alta
    .body =
        { $audience ->
            [carer] Quando a pessoa sobre quem está a perguntar sair do hospital, tem direito a cuidados gratuitos após a alta. São ajuda e apoio para a sua saúde mental, para que continue bem. Muitas vezes chamam-se cuidados da secção 117 (section 117 after-care).
            [staff] O/A doente tem direito a cuidados gratuitos após a alta, ao abrigo da secção 117 (section 117 after-care), quando sair do hospital.
           *[patient] Quando sair do hospital, tem direito a cuidados gratuitos após a alta. São ajuda e apoio para a sua saúde mental, para que continue bem. Muitas vezes chamam-se cuidados da secção 117 (section 117 after-care).
        }

## Not detained, or held for a short time

right-informal-can-leave = Sair do hospital em internamento voluntário
    .body =
        { $audience ->
            [carer] Em internamento voluntário, a pessoa sobre quem está a perguntar pode escolher sair do hospital. Mas um médico, clínico aprovado (approved clinician) ou enfermeiro pode impedi-la de sair durante pouco tempo, para que possa ser avaliada. Se isso acontecer, verifique outra vez se a pessoa pode ter um IMHA.
            [staff] Um/a doente em internamento informal pode escolher sair do hospital. Mas um médico, clínico aprovado (approved clinician) ou enfermeiro pode retê-lo/a durante pouco tempo ao abrigo da secção 5. Se isso acontecer, verifique outra vez se pode ter um IMHA.
           *[patient] Em internamento voluntário, pode escolher sair do hospital. Mas um médico, clínico aprovado (approved clinician) ou enfermeiro pode impedi-lo/a de sair durante pouco tempo, para fazer uma avaliação. Se isso acontecer, verifique outra vez se pode ter um IMHA.
        }
right-complaints-england = Fazer uma queixa
    .body =
        { $audience ->
            [carer] Pode fazer uma queixa ao hospital ou ao serviço, seguindo o seu procedimento de queixas, e a pessoa sobre quem está a perguntar também pode. Se a queixa for sobre a forma como a Lei da Saúde Mental (Mental Health Act) foi usada, por exemplo sobre o internamento compulsivo da pessoa ou o tratamento que recebe ao abrigo dessa lei, também pode ser feita à Care Quality Commission (CQC).
            [staff] O/A doente pode usar o procedimento de queixas do hospital ou do serviço. As queixas sobre o uso dos poderes da Lei da Saúde Mental (Mental Health Act) também podem ser feitas à Care Quality Commission (CQC), que as investiga.
           *[patient] Pode fazer uma queixa ao hospital ou ao serviço, seguindo o seu procedimento de queixas. Se a queixa for sobre a forma como a Lei da Saúde Mental (Mental Health Act) foi usada no seu caso, por exemplo sobre o seu internamento compulsivo ou o tratamento que recebe ao abrigo dessa lei, também pode fazer uma queixa à Care Quality Commission (CQC).
        }
right-complaints-wales = Fazer uma queixa
    .body =
        { $audience ->
            [carer] Pode fazer uma queixa ao hospital ou ao serviço, seguindo o seu procedimento de queixas, e a pessoa sobre quem está a perguntar também pode. Se a queixa for sobre a forma como a Lei da Saúde Mental (Mental Health Act) foi usada, também pode contactar a Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru), a entidade de inspeção do País de Gales.
            [staff] O/A doente pode usar o procedimento de queixas do conselho de saúde (health board) ou do serviço. As queixas sobre o uso dos poderes da Lei da Saúde Mental (Mental Health Act) no País de Gales também podem ser feitas à Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
           *[patient] Pode fazer uma queixa ao hospital ou ao serviço, seguindo o seu procedimento de queixas. Se a queixa for sobre a forma como a Lei da Saúde Mental (Mental Health Act) foi usada no seu caso, também pode contactar a Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru), a entidade de inspeção do País de Gales.
        }
right-short-term-may-become-longer = O que pode acontecer a seguir
    .body =
        { $audience ->
            [carer] Estes poderes duram pouco tempo. A pessoa sobre quem está a perguntar pode ser avaliada para ver se precisa de ficar no hospital ao abrigo da secção 2 ou 3. Se isso acontecer, pode então ter um IMHA.
            [staff] Estes poderes são de curta duração. O/A doente pode ser avaliado/a para internamento compulsivo ao abrigo da secção 2 ou 3. Se ficar em internamento compulsivo ao abrigo de uma delas, pode então ter um IMHA.
           *[patient] Estes poderes duram pouco tempo. Pode ter uma avaliação para ver se precisa de ficar no hospital ao abrigo da secção 2 ou 3. Se isso acontecer, pode então ter um IMHA.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) nos primeiros 21 dias da sua secção 2. Um advogado pode ajudar a pessoa a fazer o pedido, gratuitamente.
            [staff] O/A doente pode fazer um pedido ao Tribunal nos primeiros 21 dias da sua secção 2. Há apoio jurídico gratuito de um advogado para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) nos primeiros 21 dias da sua secção 2. Um advogado pode dar-lhe ajuda para fazer o pedido, gratuitamente.
        }
right-section-3-tribunal-2025 = Fazer um pedido ao Tribunal
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) uma vez nos primeiros 3 meses da sua secção 3 e, depois, uma vez em cada período de renovação. Um advogado pode ajudar a pessoa a fazer o pedido, gratuitamente.
            [staff] O/A doente pode fazer um pedido ao Tribunal uma vez nos primeiros 3 meses e, depois, uma vez em cada período de renovação. Há apoio jurídico gratuito de um advogado para os casos no Tribunal.
           *[patient] Pode fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção) uma vez nos primeiros 3 meses da sua secção 3 e, depois, uma vez em cada período de renovação. Um advogado pode dar-lhe ajuda para fazer o pedido, gratuitamente.
        }
right-section-3-referral-2025 = Quando a administração do hospital envia o seu caso ao Tribunal
    .body =
        { $audience ->
            [carer] Se o Tribunal não tiver analisado o caso da pessoa sobre quem está a perguntar nos primeiros 3 meses, a administração do hospital (hospital managers) tem de o enviar. Tem de o enviar outra vez se não tiver sido analisado entre os 3 e os 12 meses e, depois, todos os anos.
            [staff] A administração do hospital (hospital managers) tem de remeter o caso se o Tribunal não o tiver apreciado nos primeiros 3 meses, outra vez se não o tiver apreciado entre os 3 e os 12 meses e, depois, em cada período de 12 meses.
           *[patient] Se o Tribunal não tiver analisado o seu caso nos primeiros 3 meses, a administração do hospital (hospital managers) tem de o enviar. Tem de o enviar outra vez se não tiver sido analisado entre os 3 e os 12 meses e, depois, todos os anos.
        }
right-section-3-length-2025 = Quanto tempo dura a secção 3
    .body = A secção 3 é para tratamento. No início, dura até 3 meses. Depois, pode ser renovada por mais 3 meses, a seguir por 6 meses e, depois disso, por um ano de cada vez.
right-consent-to-treatment-2025 = Medicamentos e tratamento
    .body =
        { $audience ->
            [carer] Nos primeiros 2 meses depois de a pessoa sobre quem está a perguntar receber pela primeira vez medicamentos para a sua perturbação mental durante o internamento compulsivo, estes podem ser dados sem o seu consentimento. Depois disso, só podem ser dados se a pessoa concordar, ou se um médico independente de segunda opinião (SOAD) concordar que são adequados. Outros tratamentos para a sua perturbação mental, como os cuidados de enfermagem, podem ser dados sem o seu consentimento.
            [staff] Os medicamentos para a perturbação mental podem ser dados sem consentimento durante 2 meses, a contar da primeira vez que são dados durante o internamento compulsivo. Depois disso, é preciso o consentimento do/a doente, ou um SOAD tem de os certificar. Outros tratamentos para a perturbação mental podem ser dados sem consentimento.
           *[patient] Nos primeiros 2 meses depois de receber pela primeira vez medicamentos para a sua perturbação mental durante o internamento compulsivo, estes podem ser-lhe dados sem o seu consentimento. Depois disso, só podem ser dados se concordar, ou se um médico independente de segunda opinião (SOAD) concordar que são adequados. Outros tratamentos para a sua perturbação mental, como os cuidados de enfermagem, podem ser dados sem o seu consentimento.
        }
# "nominated person": "pessoa nomeada (nominated person)" is a draft term, for
# review. It is the new legal term of the Mental Health Act 2025: a person the
# patient chooses to replace the nearest relative.
right-nominated-person-discharge = A pessoa nomeada
    .body =
        { $audience ->
            [carer] A pessoa nomeada (nominated person: alguém que a pessoa sobre quem está a perguntar escolheu, ou alguém designado para ela) pode ordenar a sua alta, avisando a administração do hospital (hospital managers) por escrito. O clínico responsável (responsible clinician) pode impedir a alta se for provável que a pessoa seja um perigo para si ou para outras pessoas. Nesse caso, a pessoa nomeada não pode voltar a ordenar a alta durante 3 meses.
            [staff] A pessoa nomeada (nominated person) do/a doente pode ordenar a sua alta, por aviso escrito à administração do hospital (hospital managers). O clínico responsável (responsible clinician) pode bloquear a alta se for provável que o/a doente aja de forma perigosa; nesse caso, a pessoa nomeada não pode voltar a ordenar a alta durante 3 meses.
           *[patient] A sua pessoa nomeada (nominated person: alguém que escolheu, ou alguém designado para si) pode ordenar a sua alta, avisando a administração do hospital (hospital managers) por escrito. O seu clínico responsável (responsible clinician) pode impedir a alta se for provável que seja um perigo para si ou para outras pessoas. Nesse caso, a sua pessoa nomeada não pode voltar a ordenar a sua alta durante 3 meses.
        }
right-nominated-person-cannot-discharge = A pessoa nomeada
    .body =
        { $audience ->
            [carer] A pessoa nomeada (nominated person: alguém que a pessoa sobre quem está a perguntar escolheu, ou alguém designado para ela) não pode pôr fim a uma ordem de internamento. Mas pode fazer um pedido ao Tribunal pela pessoa, nos mesmos períodos em que a pessoa o pode fazer.
            [staff] A pessoa nomeada (nominated person) do/a doente não pode ordenar a alta de uma ordem de internamento. Pode fazer um pedido ao Tribunal nos mesmos períodos que o/a doente.
           *[patient] A sua pessoa nomeada (nominated person: alguém que escolheu, ou alguém designado para si) não pode pôr fim a uma ordem de internamento. Mas pode fazer um pedido ao Tribunal em seu nome, nos mesmos períodos em que o pode fazer.
        }
right-section-37-referral-2025 = Quando a administração do hospital envia o seu caso ao Tribunal
    .body =
        { $audience ->
            [carer] Se passarem 12 meses sem que o Tribunal analise o caso da pessoa sobre quem está a perguntar, a administração do hospital (hospital managers) tem de o enviar ao Tribunal.
            [staff] A administração do hospital (hospital managers) tem de remeter o caso se o Tribunal não o tiver apreciado nos últimos 12 meses.
           *[patient] Se passarem 12 meses sem que o Tribunal analise o seu caso, a administração do hospital (hospital managers) tem de o enviar ao Tribunal.
        }
right-cto-referral-2025 = Quando a administração do hospital envia o seu caso ao Tribunal
    .body =
        { $audience ->
            [carer] Se o Tribunal não tiver analisado o caso da pessoa sobre quem está a perguntar nos primeiros 6 meses da sua CTO, a administração do hospital (hospital managers) tem de o enviar. Tem de o enviar outra vez se não tiver sido analisado entre os 6 e os 12 meses e, depois, todos os anos.
            [staff] A administração do hospital (hospital managers) tem de remeter o caso se o Tribunal não o tiver apreciado nos primeiros 6 meses, outra vez se não o tiver apreciado entre os 6 e os 12 meses e, depois, em cada período de 12 meses.
           *[patient] Se o Tribunal não tiver analisado o seu caso nos primeiros 6 meses da sua CTO, a administração do hospital (hospital managers) tem de o enviar. Tem de o enviar outra vez se não tiver sido analisado entre os 6 e os 12 meses e, depois, todos os anos.
        }
right-guardianship-discharge-2025 = Pôr fim à tutela
    .body =
        { $audience ->
            [carer] A tutela pode terminar por decisão do clínico responsável (responsible clinician), do município responsável por ela (a autoridade local de serviços sociais, ou local social services authority) ou da pessoa nomeada (nominated person) da pessoa sobre quem está a perguntar. A pessoa pode escrever ao município a pedir que ponha fim à sua tutela.
            [staff] A alta da tutela pode ser dada pelo clínico responsável (responsible clinician), pela autoridade local de serviços sociais responsável (responsible local social services authority) ou pela pessoa nomeada (nominated person). O/A doente pode escrever à autoridade a pedir que ponha fim à sua tutela.
           *[patient] A sua tutela pode terminar por decisão do seu clínico responsável (responsible clinician), do município responsável por ela (a autoridade local de serviços sociais, ou local social services authority) ou da sua pessoa nomeada (nominated person). Pode escrever ao município a pedir que ponha fim à sua tutela.
        }
right-nominated-person-change = Mudar a sua pessoa nomeada
    .body =
        { $audience ->
            [carer] A pessoa sobre quem está a perguntar pode escolher outra pessoa nomeada (nominated person), por escrito. O tribunal civil local (county court) também pode pôr fim à designação de uma pessoa nomeada. A pessoa pode pedir ao hospital que não envie à sua pessoa nomeada cópias de informações sobre ela.
            [staff] O/A doente pode designar outra pessoa nomeada (nominated person) por escrito; o tribunal civil local (county court) pode pôr fim a uma designação. O/A doente pode pedir que não sejam enviadas à pessoa nomeada cópias das informações que lhe são dadas.
           *[patient] Pode escolher outra pessoa nomeada (nominated person), por escrito. O tribunal civil local (county court) também pode pôr fim à designação de uma pessoa nomeada. Pode pedir ao hospital que não envie à sua pessoa nomeada cópias de informações sobre si.
        }
